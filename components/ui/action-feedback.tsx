import { FormError } from "./form-error";

export type ActionFeedbackResult = { ok: boolean; message: string; detail?: string } | null;

/** A server action's answer under its form: a confirmation, or what to fix. */
export function ActionFeedback({ result }: { result: ActionFeedbackResult }) {
  if (!result) return null;
  if (result.ok) return <p role="status" className="text-sm text-emerald-700">{result.message}</p>;
  return <FormError message={result.message} detail={result.detail} />;
}
