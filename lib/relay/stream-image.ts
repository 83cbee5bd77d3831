import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { verifyImageSignature } from "../tasks/image-link";
import { TASK_STATUS } from "../tasks/status";
import { sniffStream } from "./media-sniff";

const MEDIA_TIMEOUT_MS = 30_000;

/**
 * Headers of every forwarded file. It is served on the portal's own origin, so a browser must
 * never treat it as a document: no sniffing, no script, no plugins, no framing. These apply
 * only when the file is opened as a page; <img> and <video> tags on any origin still show it.
 */
export const FORWARDED_MEDIA_HEADERS = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; sandbox",
  "content-disposition": "inline",
  "cross-origin-resource-policy": "cross-origin",
} as const;

/**
 * Streams an upstream file (image, or video for video forwarding) after checking its first
 * bytes: only PNG, JPEG, WebP, GIF, MP4 and WebM pass, typed by what they are.
 */
export async function streamUpstreamMedia(url: string, cacheControl: string): Promise<Response> {
  if (!/^https?:\/\//i.test(url)) throw new ApiError("not_found", "No such file.");
  let upstream: Response;
  try {
    upstream = await fetch(url, { signal: AbortSignal.timeout(MEDIA_TIMEOUT_MS), redirect: "follow" });
  } catch {
    throw new ApiError("upstream_error", "The file could not be fetched from the upstream.");
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel().catch(() => undefined);
    throw new ApiError("upstream_error", `The upstream answered HTTP ${upstream.status} for this file.`);
  }
  const { type, stream } = await sniffStream(upstream.body);
  if (!type) throw new ApiError("upstream_error", "The upstream's file is not a PNG, JPEG, WebP, GIF, MP4 or WebM image or video, so it is not served.");
  const length = upstream.headers.get("content-length");
  return new Response(stream, {
    headers: { ...FORWARDED_MEDIA_HEADERS, "content-type": type, ...(length ? { "content-length": length } : {}), "cache-control": cacheControl },
  });
}

/**
 * Streams a task's upstream image so clients never see upstream URLs. The link's signature
 * stands in for authentication (clients embed these URLs in <img> tags).
 */
export async function streamTaskImage(mjId: string, signature: string): Promise<Response> {
  if (!verifyImageSignature(mjId, signature)) throw new ApiError("not_found", "No such image.");
  const task = await getDb().task.findFirst({ where: { mjId, NOT: { imageUrl: "" } }, select: { imageUrl: true, status: true }, orderBy: { id: "desc" } });
  if (!task) throw new ApiError("not_found", "No such image.");
  // A finished task's image never changes; a progress preview does.
  return streamUpstreamMedia(task.imageUrl, task.status === TASK_STATUS.success ? "public, max-age=31536000, immutable" : "no-store");
}
