// POST /mj/submit/upload-discord-images — upload images; answers their URLs at once
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("upload");
