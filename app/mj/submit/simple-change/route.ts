// POST /mj/submit/simple-change — "<taskId> U2" shorthand of /change
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("simple-change");
