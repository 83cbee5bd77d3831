// POST /mj/submit/action — press a button (customId) of a finished task
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("action");
