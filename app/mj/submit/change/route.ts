// POST /mj/submit/change — upscale, vary or reroll a finished task
import { withRelay } from "@/lib/http/relay-handler";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { changeSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: changeSchema }, async (ctx) =>
  respondToSubmit(ctx, "change", ctx.body.action, ctx.body, ctx.body.taskId),
);
