// POST /mj/submit/simple-change — "<taskId> U2" shorthand of /change
import { withRelay } from "@/lib/http/relay-handler";
import { parseSimpleChange } from "@/lib/relay/actions";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { simpleChangeSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: simpleChangeSchema }, async (ctx) => {
  // new-api prices this as "mj_" (no channel found); we price it as the change it names.
  const change = parseSimpleChange(ctx.body.content);
  return respondToSubmit(ctx, "simple-change", change.action, ctx.body, change.taskId);
});
