// POST /mj/submit/describe — image to prompts (result in properties.finalPrompt)
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("describe");
