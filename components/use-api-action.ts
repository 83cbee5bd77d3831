import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { callApi, type ApiResult } from "./api-client";

/** A mutation with its pending flag and the error sentence to show the user. */
export function useApiAction() {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function run<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T> | null> {
    setPending(true);
    setError("");
    const result = await callApi<T>(url, init);
    setPending(false);
    if (result.success) return result;
    setError(result.message || t.common.requestFailed);
    return null;
  }

  return { run, pending, error, setError };
}
