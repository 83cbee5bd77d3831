import { NextResponse } from "next/server";
import type { RelayCaller } from "./authenticate-key";
import { withIdempotency } from "./idempotency";
import { submitTask, type Mode, type SubmitRequest, type SubmitRoute } from "./submit-task";

interface Ctx { request: Request; caller: RelayCaller; mode: Mode }

/** Runs a submit (once per Idempotency-Key) and answers with midjourney-proxy's envelope. */
export async function respondToSubmit(ctx: Ctx, route: SubmitRoute, action: string, body: SubmitRequest["body"], parentMjId?: string): Promise<Response> {
  const outcome = await withIdempotency(ctx.caller.token?.id ?? null, ctx.request.headers.get("idempotency-key"), () =>
    submitTask({ caller: ctx.caller, route, action, body, mode: ctx.mode, parentMjId }),
  );
  return NextResponse.json(outcome.envelope, { status: outcome.status });
}
