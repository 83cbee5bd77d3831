// Anything thrown → an ApiError. Database errors are mapped here, not in errors.ts, so the
// error class stays importable without Prisma.
import { Prisma } from "../db";
import { ApiError } from "./errors";

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return new ApiError("not_found", "Not found.");
    if (error.code === "P2002") return new ApiError("conflict", "That already exists.");
  }
  console.error(error);
  return new ApiError("internal", "Internal error; the server log has details.");
}
