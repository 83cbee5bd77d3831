import { ApiError } from "./errors";

/**
 * A positive integer id from a route parameter. Anything else means the path names no
 * endpoint (new-api's front-end calls /api/user/aff, /api/channel/models…, which must not
 * read as a bad id): a JSON 404.
 */
export function idParam(params: Record<string, string | string[] | undefined>, name = "id"): number {
  const raw = params[name];
  if (typeof raw !== "string" || !/^\d{1,10}$/.test(raw) || Number(raw) < 1 || Number(raw) > 2 ** 31 - 1) {
    throw new ApiError("no_route", `No endpoint here: "${String(raw)}" is not an id.`);
  }
  return Number(raw);
}
