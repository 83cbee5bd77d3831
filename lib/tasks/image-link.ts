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

export type PublicUrlSource = "PUBLIC_URL" | "ServerAddress" | null;

/** Where the public address comes from; null means neither is set (links are then relative). */
export function publicUrlSource(options: Options): PublicUrlSource {
  if (getEnv().PUBLIC_URL) return "PUBLIC_URL";
  return options.ServerAddress ? "ServerAddress" : null;
}

/**
 * The address clients reach us on, for absolute links in answers and callbacks: PUBLIC_URL,
 * else the ServerAddress option, else "" (relative links). Never a request's Host header:
 * that is the client's to choose, and one forged Host would poison every later callback.
 */
export function publicBaseUrl(options: Options): string {
  const configured = getEnv().PUBLIC_URL || options.ServerAddress;
  return configured ? configured.replace(/\/+$/, "") : "";
}

/** For the admin settings page: say that links are relative until an address is configured. */
export function publicUrlWarning(options: Options): string | null {
  return publicUrlSource(options) ? null : "Neither PUBLIC_URL nor the ServerAddress setting is set: image links and notify-hook payloads carry relative links (/mj/image/…), which callback receivers cannot open. Set the public address clients reach this gateway on.";
}

let warned = false;

/** Logged once at start (instrumentation.ts) when no public address is configured. */
export function warnOnceWithoutPublicUrl(options: Options): void {
  const warning = publicUrlWarning(options);
  if (!warning || warned) return;
  warned = true;
  console.warn(`[config] ${warning}`);
}

export function forwardedImageUrl(base: string, mjId: string): string {
  return `${base}/mj/image/${encodeURIComponent(mjId)}?sig=${imageSignature(mjId)}`;
}

export function forwardedVideoUrl(base: string, mjId: string, index: number): string {
  return `${base}/mj/video/${encodeURIComponent(mjId)}?sig=${imageSignature(mjId)}&n=${index}`;
}
