// POST /api/portal/submit/{imagine|describe|blend|action|change|modal|shorten} — portal submits
// (session auth). data is midjourney-proxy's submit envelope; success says whether it was accepted.
import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";
import { readJsonBody, parseOrThrow } from "@/lib/http/validation";
import { portalCaller } from "@/lib/relay/portal-caller";
import { actionForCustomId } from "@/lib/relay/actions";
import { submitTask } from "@/lib/relay/submit-task";
import { actionSchema, blendSchema, changeSchema, describeSchema, imagineSchema, modalSchema, shortenSchema } from "@/lib/schemas/relay";

export const POST = withApi({ role: "user" }, async ({ user, request, params }) => {
  const raw = await readJsonBody(request);
  const caller = portalCaller(user);
  const run = (route: Parameters<typeof submitTask>[0]["route"], action: string, body: Record<string, unknown>, parentMjId?: string) =>
    submitTask({ caller, route, action, body, mode: "", parentMjId });
  let outcome;
  switch (params.route) {
    case "imagine": outcome = await run("imagine", "IMAGINE", parseOrThrow(imagineSchema, raw)); break;
    case "describe": outcome = await run("describe", "DESCRIBE", parseOrThrow(describeSchema, raw)); break;
    case "blend": outcome = await run("blend", "BLEND", parseOrThrow(blendSchema, raw)); break;
    case "shorten": outcome = await run("shorten", "SHORTEN", parseOrThrow(shortenSchema, raw)); break;
    case "change": { const b = parseOrThrow(changeSchema, raw); outcome = await run("change", b.action, b, b.taskId); break; }
    case "action": { const b = parseOrThrow(actionSchema, raw); outcome = await run("action", actionForCustomId(b.customId), b, b.taskId); break; }
    case "modal": { const b = parseOrThrow(modalSchema, raw); outcome = await run("modal", "MODAL", b, b.taskId); break; }
    default: throw new ApiError("not_found", `Unknown submit kind "${String(params.route)}".`);
  }
  const { envelope, charged } = outcome;
  return NextResponse.json({ success: charged, message: charged ? "" : envelope.description, data: envelope }, { status: charged ? 200 : outcome.status === 200 ? 400 : outcome.status });
});
