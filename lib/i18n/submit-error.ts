// A failed submit in the viewer's language: a sentence chosen by code (ours or the upstream's),
// with the server's own text kept as detail.
import { ApiError } from "../http/errors";
import type { Messages } from "./en";
import { fill } from "./format";

export interface SubmitFailure {
  ok: false;
  message: string;
  detail: string;
}

/** An upstream envelope that was not accepted (code other than 1/21/22). */
export function upstreamFailure(t: Messages, envelope: { code: number; description?: string; properties?: Record<string, unknown> }): SubmitFailure {
  const word = typeof envelope.properties?.bannedWord === "string" ? `: “${envelope.properties.bannedWord}”` : "";
  const template = t.errors.upstreamCodes[envelope.code];
  return {
    ok: false,
    message: template ? fill(template, { word }) : fill(t.errors.upstreamOther, { code: envelope.code }),
    detail: envelope.description ?? "",
  };
}

/** An error thrown before or while forwarding (ours: quota, channel, parent task…). */
export function thrownFailure(t: Messages, error: unknown): SubmitFailure {
  if (error instanceof ApiError) {
    const message = error.code === "unauthorized" || error.code === "role_required" ? t.errors.signedOut : t.errors[error.code];
    return { ok: false, message, detail: error.message };
  }
  return { ok: false, message: t.errors.internal, detail: "" };
}
