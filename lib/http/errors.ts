// One error class for both APIs. Handlers throw it; the wrappers render it as
// {success:false, message} on /api/* and as midjourney-proxy's {code, description} on /mj/*.
import { Prisma } from "../db";

export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "quota_exhausted"
  | "upstream_error"
  | "no_channel"
  | "internal";

export const errorStatus: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  quota_exhausted: 403,
  upstream_error: 502,
  no_channel: 503,
  internal: 500,
};

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** midjourney-proxy code for /mj/* answers; defaults per ErrorCode. */
    readonly mjCode?: number,
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** Turns anything thrown into an ApiError; unknown errors become a 500 that leaks nothing. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return new ApiError("not_found", "Not found.");
    if (error.code === "P2002") return new ApiError("conflict", "That already exists.");
  }
  console.error(error);
  return new ApiError("internal", "Internal error; the server log has details.");
}
