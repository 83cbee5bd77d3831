// POST /mj/submit/imagine — start an IMAGINE task
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("imagine");
