import { z } from "zod";
import { getEnv } from "../env";
import { ApiError } from "./errors";

/** A readable sentence from a zod error: "prompt: Required; index: must be 1–4". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError("bad_request", describeZodError(result.error), 4);
  return result.data;
}

/** Body size limits: relay submits carry images; management bodies are small forms. */
export type BodyLimit = "relay" | "api";

export function bodyLimitBytes(limit: BodyLimit): number {
  const env = getEnv();
  return limit === "relay" ? env.MAX_BODY_BYTES_RELAY : env.MAX_BODY_BYTES_API;
}

const tooLarge = (max: number) =>
  new ApiError("payload_too_large", `The request body is larger than ${max >= 1 << 20 ? `${Math.round(max / (1 << 20))} MB` : `${Math.round(max / 1024)} KB`}, the most this endpoint accepts.`, 4);

/**
 * The body as text, refused (413) before reading when Content-Length says it is too large, and
 * while streaming once it grows past the limit — a client that lies or sends chunks is cut off
 * without the rest ever being held in memory.
 */
export async function readBodyText(request: Request, limit: BodyLimit): Promise<string> {
  const max = bodyLimitBytes(limit);
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > max) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(max);
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Throws when any string (or key) holds a NUL character: PostgreSQL text cannot store one,
 * and no field of either API has a use for it.
 */
export function assertNoNul(value: unknown, path = "body"): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) throw new ApiError("bad_request", `${path} contains a NUL character (\\u0000), which no field accepts.`, 4);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => assertNoNul(item, `${path}[${i}]`));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      assertNoNul(key, path);
      assertNoNul(item, `${path}.${key}`);
    }
  }
}

/**
 * A JSON body. `requireJsonType`: a non-empty body must say Content-Type: application/json —
 * HTML forms can only send urlencoded, multipart or text/plain bodies, so cookie-authenticated
 * endpoints that insist on JSON cannot be driven by a cross-site form.
 */
export async function readJsonBody(request: Request, options: { limit?: BodyLimit; requireJsonType?: boolean } = {}): Promise<unknown> {
  const text = await readBodyText(request, options.limit ?? "api");
  if (!text.trim()) return {};
  if (options.requireJsonType && !JSON_TYPE.test(request.headers.get("content-type") ?? "")) {
    throw new ApiError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.", 4);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.", 4);
  }
  assertNoNul(parsed);
  return parsed;
}

/** The query string as an object; an empty parameter (`channel_id=`) counts as absent, as in new-api. */
export function queryObject(request: Request): Record<string, string> {
  const query = Object.fromEntries([...new URL(request.url).searchParams.entries()].filter(([, value]) => value.trim() !== ""));
  assertNoNul(query, "query");
  return query;
}

/** Route parameters, decoded by Next; refused when they hold a NUL character. */
export function checkedParams<P extends Record<string, string | string[] | undefined>>(params: P): P {
  assertNoNul(params, "path");
  return params;
}
