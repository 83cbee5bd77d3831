// POST /mj/submit/video — image (and prompt) to video, or extend a video
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("video");
