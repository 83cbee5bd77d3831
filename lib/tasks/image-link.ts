// Image forwarding links: /mj/image/{mj_id}?sig=… on our public address. The signature
// (HMAC with AUTH_SECRET) stops anyone enumerating images by guessing task ids.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "../env";
import type { Options } from "../options/options";

function secret(): string {
  return getEnv().AUTH_SECRET ?? process.env.AUTH_SECRET ?? "mj-gateway-unsigned";
}

export function imageSignature(mjId: string): string {
  return createHmac("sha256", secret()).update(`image:${mjId}`).digest("base64url").slice(0, 22);
}

export function verifyImageSignature(mjId: string, signature: string): boolean {
  const expected = Buffer.from(imageSignature(mjId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

let lastSeenOrigin = "";

function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

/**
 * The configured public address (ServerAddress option, PUBLIC_URL), else the address this
 * request came in on, else (background work) the last one a client used: links never
 * default to localhost (new-api #144).
 */
export function publicBaseUrl(options: Options, request?: Request): string {
  const configured = options.ServerAddress || getEnv().PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  if (request) lastSeenOrigin = requestOrigin(request);
  return lastSeenOrigin;
}

export function forwardedImageUrl(base: string, mjId: string): string {
  return `${base}/mj/image/${encodeURIComponent(mjId)}?sig=${imageSignature(mjId)}`;
}

export function forwardedVideoUrl(base: string, mjId: string, index: number): string {
  return `${base}/mj/video/${encodeURIComponent(mjId)}?sig=${imageSignature(mjId)}&n=${index}`;
}
