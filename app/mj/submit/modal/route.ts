// POST /mj/submit/modal — confirm a task waiting in MODAL
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("modal");
