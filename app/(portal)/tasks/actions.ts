"use server";
// The portal's submit: the same table of kinds and the same submit path as /mj/submit/*,
// run as the signed-in user. Answers a task id, or a sentence in the viewer's language.
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { thrownFailure, upstreamFailure, type SubmitFailure } from "@/lib/i18n/submit-error";
import { portalCaller } from "@/lib/relay/portal-caller";
import { isSubmitKind, submitKind } from "@/lib/relay/submit-kinds";
import { submitTask } from "@/lib/relay/submit-task";

export type SubmitResult = { ok: true; taskId: string } | SubmitFailure;

export async function submitFromPortal(kind: string, body: unknown): Promise<SubmitResult> {
  const [user, t] = await Promise.all([getSession(), getMessages()]);
  if (!user) return { ok: false, message: t.errors.signedOut, detail: "" };
  if (!isSubmitKind(kind)) return { ok: false, message: t.errors.bad_request, detail: `Unknown submit kind "${kind}".` };
  const parsed = submitKind(kind).schema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
    return { ok: false, message: t.errors.bad_request, detail };
  }
  try {
    const { envelope, charged } = await submitTask({ caller: portalCaller(user), kind, body: parsed.data as Record<string, unknown>, mode: "" });
    if (!charged) return upstreamFailure(t, envelope);
    // The balance in the header changed.
    revalidatePath("/", "layout");
    return { ok: true, taskId: String(envelope.result) };
  } catch (error) {
    const failure = thrownFailure(t, error);
    if (!failure.detail) console.error("[portal] submit failed", error);
    return failure;
  }
}
