// POST /mj/submit/change — upscale, vary or reroll a finished task
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("change");
