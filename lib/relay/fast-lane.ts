// The relay's fast lane: the hot relay paths (fetch, list-by-condition, every submit kind and
// the upstreams' push callbacks) served by the very route handlers app/ mounts, straight from
// our HTTP server (scripts/next-server.mjs), without Next's routing, rewrites and header
// matching, which cost more CPU than the handlers themselves. The lane also skips Web
// Request/Response objects: handlers read a NodeRequest and give back a RelayAnswer, which is
// written here (measured: a third less gateway CPU per submit). Everything else, and any method
// these paths do not take, goes on to Next. The answer carries the headers next.config.mjs
// gives these paths.
import type { IncomingMessage, ServerResponse } from "node:http";
import ANSWER_HEADERS from "../http/answer-headers.json";
import { NodeRequest } from "../http/node-request";
import type { RelayAnswer, RelayRoute } from "../http/relay-handler";
import { pushCallbackRoute } from "./push-route";
import { fetchTaskRoute, listByConditionRoute } from "./read-routes";
import { SUBMIT_KINDS, type SubmitKindName } from "./submit-kinds";
import { submitRoute } from "./submit-route";

export type FastLane = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

interface Match { route: RelayRoute; params: Record<string, string> }

const POST_ROUTES = new Map<string, RelayRoute>([
  ["/mj/task/list-by-condition", listByConditionRoute],
  ...Object.entries(SUBMIT_KINDS).map(([name, kind]): [string, RelayRoute] => [`/mj/${kind.path}`, submitRoute(name as SubmitKindName)]),
]);
const FETCH_PATH = /^\/mj\/task\/([^/]+)\/fetch$/;
const PUSH_PATH = /^\/mj\/notify\/([^/]+)\/([^/]+)$/;
// As next.config.mjs's rewrites: /mj-fast/mj/… is /mj/…?__mode=fast, and a trailing slash is dropped.
const MODE_PREFIX = /^\/mj-(fast|relax|turbo)(?=\/mj\/)/;

function match(method: string, path: string): Match | null {
  if (method === "POST") {
    const route = POST_ROUTES.get(path);
    if (route) return { route, params: {} };
    const pushed = PUSH_PATH.exec(path);
    return pushed ? { route: pushCallbackRoute, params: { channelId: decodeURIComponent(pushed[1]!), secret: decodeURIComponent(pushed[2]!) } } : null;
  }
  const fetched = method === "GET" ? FETCH_PATH.exec(path) : null;
  return fetched ? { route: fetchTaskRoute, params: { id: decodeURIComponent(fetched[1]!) } } : null;
}

const RELAY_HEADERS: [string, string][] = [...ANSWER_HEADERS.security, ANSWER_HEADERS.apiCsp, ...ANSWER_HEADERS.relayCors].map(({ key, value }) => [key, value]);

function requestOf(req: IncomingMessage, path: string, query: URLSearchParams): NodeRequest {
  const https = req.headers["x-forwarded-proto"] === "https";
  const search = query.size ? `?${query}` : "";
  const host = URL.canParse(`http://${req.headers.host}`) ? req.headers.host : "localhost";
  return new NodeRequest(req, `${https ? "https" : "http"}://${host}${path}${search}`);
}

function write(req: IncomingMessage, res: ServerResponse, answer: RelayAnswer): void {
  const body = Buffer.from(JSON.stringify(answer.body));
  const headers: [string, string][] = [...RELAY_HEADERS];
  if (req.headers["x-forwarded-proto"] === "https") headers.push([ANSWER_HEADERS.hsts.key, ANSWER_HEADERS.hsts.value]);
  headers.push(["content-type", "application/json"]);
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers.push([name, value]);
  headers.push(["content-length", String(body.length)]);
  res.writeHead(answer.status, headers.flat());
  res.end(body);
}

/** Serves the request when it is one of the fast lane's; false sends it on to Next. */
export const serveFastLane: FastLane = async (req, res) => {
  const raw = req.url ?? "/";
  const queryAt = raw.indexOf("?");
  let path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? "" : raw.slice(queryAt + 1));
  const mode = MODE_PREFIX.exec(path);
  if (mode) {
    path = path.slice(mode[0].length);
    query.set("__mode", mode[1]!);
  }
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  const found = match(req.method ?? "GET", path);
  if (!found) return false;
  write(req, res, await found.route.answer(requestOf(req, path, query), found.params));
  return true;
};

// On globalThis: instrumentation.ts registers the lane inside Next's server bundle, and our
// HTTP server, outside it, picks it up.
const slot = globalThis as { mjFastLane?: FastLane };

export function registerFastLane(): void {
  slot.mjFastLane = serveFastLane;
}
