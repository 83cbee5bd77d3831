// POST /mj/submit/edit — alias of /mj/submit/edits
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("edit");
