import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { verifyImageSignature } from "../tasks/image-link";
import { TASK_STATUS } from "../tasks/status";
import { videoUrlsOf } from "../tasks/video-urls";
import { SNIFF_BYTES, sniffStream, type MediaType } from "./media-sniff";

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

const notMedia = () => new ApiError("upstream_error", "The upstream's file is not a PNG, JPEG, WebP, GIF, MP4 or WebM image or video, so it is not served.");

/**
 * Streams a task's upstream image or video so clients never see upstream URLs. The link's
 * signature stands in for authentication (clients embed these URLs in <img> and <video>).
 */
export async function streamTaskImage(mjId: string, signature: string): Promise<Response> {
  if (!verifyImageSignature(mjId, signature)) throw new ApiError("not_found", "No such image.");
  const task = await getDb().task.findFirst({ where: { mjId, NOT: { imageUrl: "" } }, select: { imageUrl: true, status: true }, orderBy: { id: "desc" } });
  if (!task) throw new ApiError("not_found", "No such image.");
  return streamMedia(task.imageUrl, task.status === TASK_STATUS.success, null);
}

/** The index-th video of a task (0: videoUrl, else videoUrls[index]); Range requests pass through for seeking. */
export async function streamTaskVideo(mjId: string, signature: string, index: number, range: string | null): Promise<Response> {
  if (!verifyImageSignature(mjId, signature)) throw new ApiError("not_found", "No such video.");
  const task = await getDb().task.findFirst({ where: { mjId, NOT: { videoUrl: "" } }, select: { videoUrl: true, videoUrls: true, status: true }, orderBy: { id: "desc" } });
  const url = task ? (index === 0 ? task.videoUrl : videoUrlsOf(task.videoUrls)[index]) : undefined;
  if (!task || !url) throw new ApiError("not_found", "No such video.");
  return streamMedia(url, task.status === TASK_STATUS.success, range);
}

async function fetchUpstream(url: string, range: string | null): Promise<Response & { body: ReadableStream<Uint8Array> }> {
  let upstream: Response;
  try {
    upstream = await fetch(url, { signal: AbortSignal.timeout(MEDIA_TIMEOUT_MS), headers: range ? { range } : {} });
  } catch {
    throw new ApiError("upstream_error", "The file could not be fetched from the upstream.");
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel().catch(() => undefined);
    throw new ApiError("upstream_error", `The upstream answered HTTP ${upstream.status} for this file.`);
  }
  return upstream as Response & { body: ReadableStream<Uint8Array> };
}

/** The file's type from its first bytes, for a ranged answer that starts past them (a seek). */
async function sniffHead(url: string): Promise<MediaType | null> {
  const head = await fetchUpstream(url, `bytes=0-${SNIFF_BYTES * 2 - 1}`);
  const { type, stream } = await sniffStream(head.body);
  await stream.cancel().catch(() => undefined);
  return type;
}

/**
 * Streams an upstream file after checking its first bytes: only PNG, JPEG, WebP, GIF, MP4 and
 * WebM pass, typed by what they are, never by the upstream's Content-Type (served on our
 * origin, an HTML or SVG "image" would run script as the viewer).
 */
async function streamMedia(url: string, final: boolean, range: string | null): Promise<Response> {
  if (!/^https?:\/\//i.test(url)) throw new ApiError("not_found", "No such file.");
  const upstream = await fetchUpstream(url, range);
  let type: MediaType | null;
  let body: ReadableStream<Uint8Array> = upstream.body;
  if (upstream.status !== 206) {
    ({ type, stream: body } = await sniffStream(upstream.body));
  } else {
    // A range (a video seek) may start past the bytes that tell the type, or be too short.
    type = await sniffHead(url);
    if (!type) await upstream.body.cancel().catch(() => undefined);
  }
  if (!type) throw notMedia();
  const headers = new Headers({
    ...FORWARDED_MEDIA_HEADERS,
    "content-type": type,
    // A finished task's files never change; a progress preview does.
    "cache-control": final ? "public, max-age=31536000, immutable" : "no-store",
  });
  for (const name of ["content-length", "content-range", "accept-ranges"]) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(body, { status: upstream.status === 206 ? 206 : 200, headers });
}
