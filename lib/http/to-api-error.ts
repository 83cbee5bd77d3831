// Anything thrown → an ApiError. Database errors are mapped here, not in errors.ts, so the
// error class stays importable without Prisma.
import { Prisma } from "../db";
import { isBusyError } from "../db/busy";
import { ApiError } from "./errors";

/** Seconds a client should wait before retrying when the database is saturated. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

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
