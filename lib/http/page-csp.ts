// The Content-Security-Policy of the portal's pages: scripts run only with this request's
// nonce (Next.js puts it on its own scripts; an inline script of ours reads it from the
// x-nonce request header), so an injected <script> or on*= handler does nothing.

export interface PageCspOptions {
  nonce: string;
  /** next dev: React needs eval for its debugging aids, HMR talks over a WebSocket. */
  dev?: boolean;
  /** Served over https: ask the browser to upgrade any http subresource. */
  https?: boolean;
}

export function pageCsp({ nonce, dev = false, https = false }: PageCspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (progress bars, charts) cannot carry a nonce; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    // Task images may come straight from an upstream when image forwarding is off.
    "img-src 'self' data: blob: https: http:",
    "media-src 'self' blob: https: http:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // Sign-in with GitHub submits to Auth.js, which redirects to github.com.
    "form-action 'self' https://github.com",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** 128 random bits, base64: unguessable per response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
