import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { verifyImageSignature } from "../tasks/image-link";
import { TASK_STATUS } from "../tasks/status";
import { videoUrlsOf } from "../tasks/video-urls";

const MEDIA_TIMEOUT_MS = 30_000;

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

async function streamMedia(url: string, final: boolean, range: string | null): Promise<Response> {
  let upstream: Response;
  try {
    upstream = await fetch(url, { signal: AbortSignal.timeout(MEDIA_TIMEOUT_MS), headers: range ? { range } : {} });
  } catch {
    throw new ApiError("upstream_error", "The file could not be fetched from the upstream.");
  }
  if (!upstream.ok || !upstream.body) throw new ApiError("upstream_error", `The upstream answered HTTP ${upstream.status} for this file.`);
  const headers = new Headers({
    "content-type": upstream.headers.get("content-type") ?? "image/png",
    // A finished task's files never change; a progress preview does.
    "cache-control": final ? "public, max-age=31536000, immutable" : "no-store",
  });
  for (const name of ["content-length", "content-range", "accept-ranges"]) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status === 206 ? 206 : 200, headers });
}
