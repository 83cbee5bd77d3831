// Cross-site request forgery. A browser attaches the session cookie to requests that any
// page — including a sibling subdomain ("same-site") — makes to us, so a cookie-authenticated
// request that changes something must prove it comes from our own pages: a matching Origin,
// Sec-Fetch-Site: same-origin (set by the browser, not by pages), or new-api's New-Api-User
// header naming the signed-in user (a cross-site form cannot send a header; a cross-site
// fetch with one needs a CORS preflight, which /api never grants).
import { getEnv } from "../env";
import type { Options } from "../options/options";
import { ApiError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isMutating(request: Request, changesState = false): boolean {
  return changesState || !SAFE_METHODS.has(request.method.toUpperCase());
}

/** The host names (host[:port]) this gateway answers on: the Host header and the configured public address. */
function ownHosts(request: Request, options: Pick<Options, "ServerAddress">): Set<string> {
  const hosts = new Set<string>();
  const host = request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  for (const configured of [getEnv().PUBLIC_URL, options.ServerAddress]) {
    if (!configured) continue;
    try {
      hosts.add(new URL(configured).host.toLowerCase());
    } catch {
      // An unparsable setting names no host.
    }
  }
  return hosts;
}

type Verdict = "same-origin" | "cross-site" | "unknown";

/** What the browser's own headers say about where the request comes from. */
export function requestSite(request: Request, options: Pick<Options, "ServerAddress">): Verdict {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none" ? "same-origin" : "cross-site";
  const origin = request.headers.get("origin");
  if (origin) {
    if (origin === "null") return "cross-site";
    try {
      return ownHosts(request, options).has(new URL(origin).host.toLowerCase()) ? "same-origin" : "cross-site";
    } catch {
      return "cross-site";
    }
  }
  return "unknown";
}

const refused = () =>
  new ApiError("cross_site", "Cross-site request refused: send it from the portal itself, or with the New-Api-User header (or an access token).");

/**
 * Refuses a cross-site request before the caller is looked up. A request carrying New-Api-User
 * passes here; `assertNewApiUser` then checks it names the caller (true is returned for that).
 * @param viaCookie the caller presents the session cookie and no access token
 */
export function assertNotCrossSite(request: Request, options: Pick<Options, "ServerAddress">, viaCookie: boolean): boolean {
  if (request.headers.get("new-api-user")?.trim()) return viaCookie;
  const site = requestSite(request, options);
  if (site === "cross-site") throw refused();
  // Signed in by cookie: a request with no browser evidence at all is not believed either.
  if (viaCookie && site === "unknown") throw refused();
  return false;
}

/** A cookie-authenticated change vouched for by New-Api-User: it must name the signed-in user. */
export function assertNewApiUser(request: Request, userId: number): void {
  if (request.headers.get("new-api-user")?.trim() !== String(userId)) throw refused();
}
