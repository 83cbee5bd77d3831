import { z } from "zod";
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

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.", 4);
  }
}

/** The query string as an object; an empty parameter (`channel_id=`) counts as absent, as in new-api. */
export function queryObject(request: Request): Record<string, string> {
  return Object.fromEntries([...new URL(request.url).searchParams.entries()].filter(([, value]) => value.trim() !== ""));
}
