// Next's request proxy (formerly middleware), for pages only: a fresh CSP nonce per page
// view. The APIs (/api, /mj, /mj-fast|relax|turbo) are left out: they render no HTML, and a
// proxy would make Next buffer their bodies (their headers and CORS are in next.config.mjs).
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp } from "./lib/http/page-csp";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = pageCsp({ nonce, dev: process.env.NODE_ENV === "development", https });
  // Next reads the nonce for its own scripts from the request's CSP header; our components
  // read x-nonce.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api(?:/|$)|mj(?:/|$)|mj-(?:fast|relax|turbo)(?:/|$)|_next/static|_next/image|favicon\\.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
