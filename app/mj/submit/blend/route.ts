// POST /mj/submit/blend — blend 2 to 5 images
import { withRelay } from "@/lib/http/relay-handler";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { blendSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: blendSchema }, async (ctx) => respondToSubmit(ctx, "blend", "BLEND", ctx.body));
