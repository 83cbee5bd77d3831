// POST /mj/submit/modal — confirm a task waiting in MODAL (custom zoom, vary region, remix)
import { withRelay } from "@/lib/http/relay-handler";
import { respondToSubmit } from "@/lib/relay/submit-route";
import { modalSchema } from "@/lib/schemas/relay";

export const POST = withRelay({ body: modalSchema }, async (ctx) => respondToSubmit(ctx, "modal", "MODAL", ctx.body, ctx.body.taskId));
