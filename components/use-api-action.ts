import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { callApi, type ApiResult } from "./api-client";

/** A mutation with its pending flag and the error sentence to show the user. */
export function useApiAction() {
  const { t, locale } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function run<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T> | null> {
    setPending(true);
    setError("");
    const result = await callApi<T>(url, init);
    setPending(false);
    if (result.success) return result;
    // The server's messages are English; other languages get their sentence for the code, the server's text as detail.
    const sentence = result.reason ? (t.errors as Record<string, unknown>)[result.reason] : undefined;
    setError(locale !== "en" && typeof sentence === "string" ? `${sentence}${result.message ? `（${result.message}）` : ""}` : result.message || t.common.requestFailed);
    return null;
  }

  return { run, pending, error, setError };
}
