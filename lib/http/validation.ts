import { z } from "zod";
import { getEnv } from "../env";
import { ApiError } from "./errors";
import { NodeRequest, type RelayRequest } from "./node-request";

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
export async function readBodyText(request: RelayRequest, limit: BodyLimit): Promise<string> {
  const max = bodyLimitBytes(limit);
  const declared = Number(request.headers.get("content-length") ?? "");
  const declaredTooLarge = Number.isFinite(declared) && declared > max;
  if (request instanceof NodeRequest) {
    const text = declaredTooLarge ? null : await request.readText(max);
    if (text === null) throw tooLarge(max);
    return text;
  }
  if (declaredTooLarge) {
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
 * and no field of either API has a use for it. Walks with a stack of its own, so a body nested
 * a million levels deep is checked without overflowing the call stack.
 */
export function assertNoNul(value: unknown, path = "body"): void {
  const pending: [unknown, string, number][] = [[value, path, 0]];
  // Paths name the first levels only: a string per level of a deep body would cost its square.
  const child = (at: string, step: string, depth: number) => (depth < 8 ? `${at}${step}` : depth === 8 ? `${at}…` : at);
  while (pending.length) {
    const [item, at, depth] = pending.pop()!;
    if (typeof item === "string") {
      if (item.includes("\u0000")) throw new ApiError("bad_request", `${at} contains a NUL character (\\u0000), which no field accepts.`, 4);
    } else if (Array.isArray(item)) {
      item.forEach((entry, i) => pending.push([entry, child(at, `[${i}]`, depth), depth + 1]));
    } else if (item && typeof item === "object") {
      for (const [key, entry] of Object.entries(item)) pending.push([key, at, depth], [entry, child(at, `.${key}`, depth), depth + 1]);
    }
  }
}

/**
 * A JSON body. `requireJsonType`: a non-empty body must say Content-Type: application/json —
 * HTML forms can only send urlencoded, multipart or text/plain bodies, so cookie-authenticated
 * endpoints that insist on JSON cannot be driven by a cross-site form.
 */
export async function readJsonBody(request: RelayRequest, options: { limit?: BodyLimit; requireJsonType?: boolean } = {}): Promise<unknown> {
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
