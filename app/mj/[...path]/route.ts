// Any /mj/* path without an endpoint — midjourney-proxy's envelope with code 4 and a 404, never an HTML page
import { ApiError } from "@/lib/http/errors";
import { relayError } from "@/lib/http/relay-handler";

function notFound(request: Request): Response {
  return relayError(new ApiError("no_route", `No such endpoint: ${request.method} ${new URL(request.url).pathname}`, 4));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as DELETE, notFound as PATCH };
