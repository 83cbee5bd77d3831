// POST /mj/submit/blend — blend 2 to 5 images
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("blend");
