// What a forwarded file really is, read from its first bytes. The upstream's Content-Type
// is not believed: served on our origin, an HTML or SVG "image" would run script as the
// viewer. Only raster images and the video containers Midjourney produces pass.

export type MediaType = "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "video/mp4" | "video/webm";

/** Bytes needed to tell every accepted type apart. */
export const SNIFF_BYTES = 16;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));

export function sniffMedia(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "image/gif";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp";
  // ISO base media (MP4): a box of type "ftyp" first.
  if (ascii(bytes, 4, 8) === "ftyp") return "video/mp4";
  // Matroska/WebM: the EBML magic number.
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return "video/webm";
  return null;
}

/**
 * Reads the first bytes of a stream and tells its type; the returned stream yields the whole
 * body again (the bytes read first, then the rest, without buffering it).
 */
export async function sniffStream(body: ReadableStream<Uint8Array>): Promise<{ type: MediaType | null; stream: ReadableStream<Uint8Array> }> {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < SNIFF_BYTES && !done) {
    const chunk = await reader.read();
    done = chunk.done;
    if (chunk.value) {
      head.push(chunk.value);
      length += chunk.value.length;
    }
  }
  const first = new Uint8Array(length);
  let offset = 0;
  for (const chunk of head) {
    first.set(chunk, offset);
    offset += chunk.length;
  }
  const type = sniffMedia(first);
  if (!type) {
    await reader.cancel().catch(() => undefined);
    return { type, stream: new ReadableStream() };
  }
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.length) controller.enqueue(first);
      if (done) controller.close();
    },
    async pull(controller) {
      const chunk = await reader.read();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { type, stream };
}
