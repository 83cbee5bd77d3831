// Anything thrown → an ApiError. Database errors are mapped here, not in errors.ts, so the
// error class stays importable without Prisma.
import { Prisma } from "../db";
import { ApiError } from "./errors";

/** Seconds a client should wait before retrying when the database is saturated. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

// Prisma codes that mean "saturated, try again": P2028 a transaction could not start in time,
// P2024 no pool connection in time, P2034 a write conflict or deadlock, P1008 a timed-out
// operation (SQLite's busy timeout surfaces as one).
const BUSY_CODES = new Set(["P2028", "P2024", "P2034", "P1008"]);
// The same states as drivers word them when they reach us unwrapped.
const BUSY_MESSAGE = /SQLITE_BUSY|database is locked|timeout exceeded when trying to connect|Unable to start a transaction in the given time|too many clients already|remaining connection slots are reserved|Transaction already closed|expired transaction/i;

export function isBusyError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && BUSY_CODES.has(error.code)) return true;
  const message = error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code ?? "")} ${String((error.cause as Error | undefined)?.message ?? "")}` : "";
  return BUSY_MESSAGE.test(message);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return new ApiError("not_found", "Not found.");
    if (error.code === "P2002") return new ApiError("conflict", "That already exists.");
    // Out-of-range numbers and NUL bytes are refused by the schemas; these are the database's
    // last word should one slip through.
    if (error.code === "P2020" || error.code === "P2033") return new ApiError("bad_request", "A number in the request is out of range.", 4);
  }
  if (isBusyError(error)) {
    return new ApiError("busy", "The service is busy right now; retry in a few seconds. Nothing was charged for this request.", 23, BUSY_RETRY_AFTER_SECONDS);
  }
  // Next decodes route parameters lazily: a malformed %-escape in the path surfaces here.
  if (error instanceof URIError) return new ApiError("bad_request", "The path has a malformed %-escape.", 4);
  console.error(error);
  return new ApiError("internal", "Internal error; the server log has details.");
}
