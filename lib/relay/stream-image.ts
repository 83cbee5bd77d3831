import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { verifyImageSignature } from "../tasks/image-link";
import { TASK_STATUS } from "../tasks/status";

const IMAGE_TIMEOUT_MS = 30_000;

/**
 * Streams a task's upstream image so clients never see upstream URLs. The link's signature
 * stands in for authentication (clients embed these URLs in <img> tags).
 */
export async function streamTaskImage(mjId: string, signature: string): Promise<Response> {
  if (!verifyImageSignature(mjId, signature)) throw new ApiError("not_found", "No such image.");
  const task = await getDb().task.findFirst({ where: { mjId, NOT: { imageUrl: "" } }, select: { imageUrl: true, status: true }, orderBy: { id: "desc" } });
  if (!task) throw new ApiError("not_found", "No such image.");
  let upstream: Response;
  try {
    upstream = await fetch(task.imageUrl, { signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS) });
  } catch {
    throw new ApiError("upstream_error", "The image could not be fetched from the upstream.");
  }
  if (!upstream.ok || !upstream.body) throw new ApiError("upstream_error", `The upstream answered HTTP ${upstream.status} for this image.`);
  // A finished task's image never changes; a progress preview does.
  const cache = task.status === TASK_STATUS.success ? "public, max-age=31536000, immutable" : "no-store";
  return new Response(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "image/png",
      ...(upstream.headers.get("content-length") ? { "content-length": upstream.headers.get("content-length")! } : {}),
      "cache-control": cache,
    },
  });
}
