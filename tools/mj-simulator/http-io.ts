import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";

/** Thrown where Spring would fail request binding: plain HTTP 400, no submit envelope. */
export class BadRequest extends Error {}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BadRequest("body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Spring's @RequestBody: the body must be a JSON object. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new BadRequest("malformed JSON");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new BadRequest("body must be a JSON object");
  }
  return value as Record<string, unknown>;
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), "utf8");
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": body.length });
  res.end(body);
}

export function sendRaw(res: ServerResponse, status: number, contentType: string, body: Buffer | string): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { "Content-Type": contentType, "Content-Length": bytes.length });
  res.end(bytes);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { "Content-Length": 0 });
  res.end();
}

/** Spring Boot's default error body (what a client sees when no controller answered). */
export function sendSpringError(res: ServerResponse, status: number, path: string): void {
  sendJson(res, status, {
    timestamp: new Date().toISOString(),
    status,
    error: STATUS_CODES[status] ?? "Error",
    path,
  });
}

/** Optional string field; numbers are coerced like Jackson does, objects are a binding error. */
export function optString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new BadRequest(`${key} must be a string`);
}

export function optStringArray(body: Record<string, unknown>, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new BadRequest(`${key} must be an array`);
  return value.map((item: unknown) => {
    if (typeof item === "string") return item;
    if (typeof item === "number") return String(item);
    throw new BadRequest(`${key} must hold strings`);
  });
}

export function optInt(body: Record<string, unknown>, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n)) throw new BadRequest(`${key} must be an integer`);
  return n;
}

/** Java enum binding: null stays null, an unknown name fails the whole request with 400. */
export function optEnum<T extends string>(body: Record<string, unknown>, key: string, values: readonly T[]): T | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
  throw new BadRequest(`${key} is not one of ${values.join(", ")}`);
}

/** Optional boolean; like .NET's binder, a string or number here fails the request with 400. */
export function optBool(body: Record<string, unknown>, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  throw new BadRequest(`${key} must be a boolean`);
}
