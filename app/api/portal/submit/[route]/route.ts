// POST /api/portal/submit/{kind} — portal submits (session auth), one of lib/relay/submit-kinds.
// data is midjourney-proxy's submit envelope; success says whether it was accepted.
import { withApi } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";
import { readJsonBody, parseOrThrow } from "@/lib/http/validation";
import { portalCaller } from "@/lib/relay/portal-caller";
import { isSubmitKind, submitKind } from "@/lib/relay/submit-kinds";
import { submitTask } from "@/lib/relay/submit-task";
import { NextResponse } from "next/server";

export const POST = withApi({ role: "user" }, async ({ user, request, params }) => {
  const kind = params.route;
  if (!isSubmitKind(kind)) throw new ApiError("not_found", `Unknown submit kind "${String(kind)}".`);
  const body = parseOrThrow(submitKind(kind).schema, await readJsonBody(request)) as Record<string, unknown>;
  const { envelope, charged } = await submitTask({ caller: portalCaller(user), kind, body, mode: "", request });
  return NextResponse.json({ success: charged, message: charged ? "" : envelope.description, data: envelope });
});
