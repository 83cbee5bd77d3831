import { ApiError } from "./errors";

/** A positive integer id from a route parameter, else a 400 that says so. */
export function idParam(params: Record<string, string | string[] | undefined>, name = "id"): number {
  const raw = params[name];
  if (typeof raw !== "string" || !/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 2 ** 31 - 1) {
    throw new ApiError("bad_request", `${name} must be a positive integer.`);
  }
  return Number(raw);
}
