// POST /mj/submit/imagine — start an IMAGINE task (midjourney-proxy compatible)
import { withRelay } from "@/lib/http/relay-handler";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { imagineSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: imagineSchema }, async (ctx) => {
  const { base64, ...body } = ctx.body;
  // midjourney-proxy folds the deprecated single `base64` into base64Array.
  const base64Array = [...(body.base64Array ?? []), ...(base64 ? [base64] : [])];
  return respondToSubmit(ctx, "imagine", "IMAGINE", { ...body, ...(base64Array.length ? { base64Array } : {}) });
});
