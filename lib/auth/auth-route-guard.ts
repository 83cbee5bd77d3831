// Auth.js serves /api/auth/*; its answers to some bad inputs are 500s (a javascript:
// callbackUrl fails its config assertion) and it reads bodies whole. This guard answers those
// inputs with new-api's envelope first: a callback URL must be http(s), bodies are size-
// limited like every management body, and no field may hold a NUL character.
import { NextRequest } from "next/server";
import { fail } from "../http/api-handler";
import { ApiError } from "../http/errors";
import { assertNoNul, readBodyText } from "../http/validation";

type Handler = (request: NextRequest) => Promise<Response>;

function assertCallbackUrl(value: string | null | undefined, base: string): void {
  if (!value) return;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new ApiError("bad_request", "callbackUrl is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ApiError("bad_request", "callbackUrl must be a path or an http(s) URL.");
}

const CALLBACK_COOKIE = /(^|;\s*)((?:__Secure-)?authjs\.callback-url)=([^;]*)/;

/** The request without an unusable callback-url cookie (Auth.js would fail on it with a 500). */
function withoutBadCallbackCookie(request: Request, base: string): Headers {
  const headers = new Headers(request.headers);
  const cookie = headers.get("cookie") ?? "";
  const match = CALLBACK_COOKIE.exec(cookie);
  if (!match) return headers;
  try {
    assertCallbackUrl(decodeURIComponent(match[3]!), base);
  } catch {
    headers.set("cookie", cookie.replace(CALLBACK_COOKIE, "$1"));
  }
  return headers;
}

export function guardAuthRoute(handler: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const url = new URL(request.url);
      assertCallbackUrl(url.searchParams.get("callbackUrl"), url.origin);
      assertNoNul(Object.fromEntries(url.searchParams), "query");
      const headers = withoutBadCallbackCookie(request, url.origin);
      if (request.method !== "POST") return await handler(new NextRequest(request.url, { method: request.method, headers }));
      const body = await readBodyText(request, "api");
      const form = Object.fromEntries(new URLSearchParams(body));
      assertNoNul(form);
      assertCallbackUrl(form.callbackUrl, url.origin);
      return await handler(new NextRequest(request.url, { method: "POST", headers, body }));
    } catch (error) {
      return fail(error);
    }
  };
}
