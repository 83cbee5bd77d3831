// POST /mj/submit/action — press a button (customId) of a finished task
import { withRelay } from "@/lib/http/relay-handler";
import { actionForCustomId } from "@/lib/relay/actions";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { actionSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: actionSchema }, async (ctx) =>
  respondToSubmit(ctx, "action", actionForCustomId(ctx.body.customId), ctx.body, ctx.body.taskId),
);
