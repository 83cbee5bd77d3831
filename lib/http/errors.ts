// One error class for both APIs, free of database imports so any layer (and the browser)
// may use it. Handlers throw it; the wrappers render it as {success:false, message} on
// /api/* and as midjourney-proxy's {code, description} on /mj/*.

export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  /** The caller's role is below the route's (the only 403 of the management API). */
  | "role_required"
  | "forbidden"
  /** A cookie-authenticated change without proof that it comes from our own pages (CSRF). */
  | "cross_site"
  | "not_found"
  /** No endpoint at this path (a real 404 on both APIs, unlike a missing record). */
  | "no_route"
  | "conflict"
  | "quota_exhausted"
  | "upstream_error"
  | "no_channel"
  /** The body's Content-Type is not JSON where JSON is required. */
  | "unsupported_media_type"
  /** The body is larger than the route accepts (HTTP 413 on both APIs). */
  | "payload_too_large"
  /** A rate limit was hit (HTTP 429 on both APIs, with Retry-After). */
  | "rate_limited"
  /** The database is saturated: retry shortly (HTTP 503 with Retry-After; relay code 23). */
  | "busy"
  | "internal";

/** HTTP status on the relay (/mj/*), where clients read the status as midjourney-proxy's. */
export const relayStatus: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  role_required: 403,
  forbidden: 403,
  cross_site: 403,
  not_found: 404,
  no_route: 404,
  conflict: 409,
  quota_exhausted: 403,
  upstream_error: 502,
  no_channel: 503,
  unsupported_media_type: 415,
  payload_too_large: 413,
  rate_limited: 429,
  busy: 503,
  internal: 500,
};

/**
 * HTTP status on the management API. new-api answers business and validation errors with
 * HTTP 200 and success:false; its web front-end signs the user out on any 401 and drops the
 * message of every other non-2xx answer, so only these codes keep a status of their own.
 */
export const managementStatus: Partial<Record<ErrorCode, number>> = {
  unauthorized: 401,
  role_required: 403,
  // A browser refused for CSRF: new-api's front-end never sends one (it always sends New-Api-User).
  cross_site: 403,
  // These say "not now / not like this" about the transport, not the business: clients and
  // proxies act on the status (back off, retry later, shrink the body).
  payload_too_large: 413,
  rate_limited: 429,
  busy: 503,
  no_route: 404,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** midjourney-proxy code for /mj/* answers; defaults per ErrorCode. */
    readonly mjCode?: number,
    /** Seconds to wait before retrying (rate_limited, busy): sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  get status(): number {
    return relayStatus[this.code];
  }
}
