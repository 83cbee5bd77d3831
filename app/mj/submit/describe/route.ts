// POST /mj/submit/describe — image to prompts (result in properties.finalPrompt)
import { withRelay } from "@/lib/http/relay-handler";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { describeSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: describeSchema }, async (ctx) => respondToSubmit(ctx, "describe", "DESCRIBE", ctx.body));
