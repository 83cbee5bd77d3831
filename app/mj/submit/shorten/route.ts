// POST /mj/submit/shorten — shorten a prompt
import { withRelay } from "@/lib/http/relay-handler";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { shortenSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: shortenSchema }, async (ctx) => respondToSubmit(ctx, "shorten", "SHORTEN", ctx.body));
