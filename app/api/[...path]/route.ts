// Any /api/* path without an endpoint — a JSON 404 in new-api's envelope, never an HTML page
import { fail } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";

function notFound(request: Request): Response {
  return fail(new ApiError("no_route", `No such endpoint: ${request.method} ${new URL(request.url).pathname}`));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as DELETE, notFound as PATCH };
