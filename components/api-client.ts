// Browser calls to the management API. Every answer is new-api's {success, message, data};
// a network failure or a non-JSON answer becomes success:false with an empty message.
export interface ApiResult<T> {
  success: boolean;
  message: string;
  data?: T;
  /** On failure: the error code (lib/http/errors.ts), for a sentence in the viewer's language. */
  reason?: string;
}

export async function callApi<T = unknown>(url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  try {
    const hasBody = init.body !== undefined;
    const response = await fetch(url, {
      method: init.method ?? "GET",
      headers: hasBody ? { "Content-Type": "application/json" } : undefined,
      body: hasBody ? JSON.stringify(init.body) : undefined,
    });
    const json: unknown = await response.json().catch(() => null);
    if (json && typeof json === "object" && "success" in json) return json as ApiResult<T>;
    return { success: false, message: response.ok ? "" : `${response.status} ${response.statusText}` };
  } catch {
    return { success: false, message: "" };
  }
}
