// POST /mj/submit/shorten — shorten a prompt
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("shorten");
