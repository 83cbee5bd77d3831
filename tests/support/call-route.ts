// Calls a Next route handler in-process with a real Request, as Next would.
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface RouteCall {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  params?: Record<string, string>;
}

export async function callRoute<T = any>(handler: Handler, call: RouteCall): Promise<{ status: number; body: T; text: string }> {
  const request = new Request(`http://gateway.test${call.path}`, {
    method: call.method ?? (call.body !== undefined || call.rawBody !== undefined ? "POST" : "GET"),
    headers: { "content-type": "application/json", ...call.headers },
    body: call.rawBody ?? (call.body !== undefined ? JSON.stringify(call.body) : undefined),
  });
  const response = await handler(request, { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  let body: T;
  try {
    body = JSON.parse(text) as T;
  } catch {
    body = text as T;
  }
  return { status: response.status, body, text };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
export const asUser = (user: { id: number; accessToken: string }) => ({ authorization: user.accessToken, "new-api-user": String(user.id) });
