// The issue 9 audit, kept in the suite: every route file of the app, loaded as the OpenAPI
// test loads them, gets every class of bad input the audit found — NUL bytes, ids past 2^31,
// malformed %-escapes, bodies that are not JSON, of the wrong shape, too deep or too large,
// numbers past 32 bits — as an anonymous caller and as root. None may answer 500 or plain
// text. Then every cookie-authenticated change is tried from another site: all refused.
// (Headers and XSS in a real browser: e2e/api/audit.spec.ts, e2e/portal/xss.spec.ts.)
import { beforeAll, describe, expect, test } from "vitest";
import { ROLE } from "../../lib/auth/roles";
import { getDb } from "../../lib/db";
import { makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";

const routeModules = import.meta.glob<Record<string, unknown>>("../../app/**/route.ts");

// Route files outside the audit, and why.
const EXCLUDED: Record<string, string> = {
  "/api/inngest": "Inngest's SDK endpoint, answered by the SDK in its own protocol (500 without a signing key is its way to say 'not configured')",
};

type Handler = ((request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>) & { config?: { role: string; changesState?: boolean } };
interface Route { path: string; method: string; handler: Handler; params: string[]; catchAll: string | null }

const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"];
const routePath = (file: string) => file.replace(/^\.\.\/\.\.\/app/, "").replace(/\/route\.ts$/, "");

async function loadRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  for (const [file, load] of Object.entries(routeModules)) {
    const path = routePath(file);
    if (path in EXCLUDED) continue;
    const module = await load();
    const params = [...path.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
    const catchAll = /\[\.\.\.(\w+)\]/.exec(path)?.[1] ?? null;
    for (const method of METHODS) {
      const handler = module[method] as Handler | undefined;
      if (typeof handler === "function") routes.push({ path, method, handler, params, catchAll });
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

const routes = await loadRoutes();
const isRelay = (path: string) => path.startsWith("/mj");
const hasBody = (method: string) => method !== "GET" && method !== "DELETE";

interface Attack {
  name: string;
  applies?: (route: Route) => boolean;
  /** Route parameters (each value), or a rejection standing for Next's failed decoding. */
  param?: string | "malformed";
  query?: string;
  body?: string;
  contentType?: string;
}

const deep = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const NUL_BODY = JSON.stringify(Object.fromEntries(["name", "username", "password", "display_name", "prompt", "key", "base_url", "group", "models", "content", "taskId", "customId", "notifyHook", "state", "keyword", "value", "mode", "action", "original_password", "tag", "allow_ips", "model_limits"].map((k) => [k, `x\u0000y`])));
const BIG_NUMBERS = JSON.stringify(Object.fromEntries(["id", "priority", "weight", "type", "status", "role", "quota", "remain_quota", "expired_time", "value", "index", "batchSize", "auto_ban", "channel_id", "p", "page_size"].map((k) => [k, 2 ** 31])));
const HUGE_NUMBERS = JSON.stringify({ id: 1e300, priority: -1e300, quota: 9.3e18, remain_quota: 1e19, expired_time: 9e18, value: 1e20, ids: [1e300] });

const ATTACKS: Attack[] = [
  { name: "NUL in a path parameter", applies: (r) => r.params.length > 0, param: "1\u00002" },
  { name: "an id of 2^31 in the path", applies: (r) => r.params.length > 0, param: String(2 ** 31) },
  { name: "an id past 2^64 in the path", applies: (r) => r.params.length > 0, param: "99999999999999999999999" },
  { name: "a path parameter of 10,000 characters", applies: (r) => r.params.length > 0, param: "9".repeat(10_000) },
  { name: "a malformed %-escape in the path", applies: (r) => r.params.length > 0, param: "malformed" },
  { name: "NUL in the query", query: "?p=%00&page_size=%00&keyword=%00&mj_id=%00&username=%00&token_name=%00&model_name=%00&group=%00&sig=%00&callbackUrl=%00&n=%00" },
  { name: "numbers past 2^31 in the query", query: `?p=${2 ** 31}&page_size=${2 ** 31}&channel_id=${2 ** 31}&channel=${2 ** 31}&type=${2 ** 31}&start_timestamp=99999999999999999999&end_timestamp=-1&n=${2 ** 31}` },
  { name: "javascript: and data: URLs in the query", query: "?callbackUrl=javascript:alert(1)&redirect=data:text/html,x&url=javascript:alert(1)" },
  { name: "NUL in every string of the body", applies: (r) => hasBody(r.method), body: NUL_BODY },
  { name: "numbers of 2^31 in the body", applies: (r) => hasBody(r.method), body: BIG_NUMBERS },
  { name: "numbers past 2^63 in the body", applies: (r) => hasBody(r.method), body: HUGE_NUMBERS },
  { name: "a body that is not JSON", applies: (r) => hasBody(r.method), body: '{"prompt": "unterminated' },
  { name: "a JSON array body", applies: (r) => hasBody(r.method), body: "[1, 2, 3]" },
  { name: "a JSON null body", applies: (r) => hasBody(r.method), body: "null" },
  { name: "a JSON string body", applies: (r) => hasBody(r.method), body: '"hello"' },
  { name: "a body nested 30,000 levels deep", applies: (r) => hasBody(r.method), body: deep(30_000) },
  { name: "a text/plain body (what a cross-site form sends)", applies: (r) => hasBody(r.method), body: '{"name":"x"}', contentType: "text/plain" },
  { name: "a form-encoded body", applies: (r) => hasBody(r.method), body: "username=a&password=b", contentType: "application/x-www-form-urlencoded" },
  { name: "a body over the management limit (70 KB)", applies: (r) => hasBody(r.method), body: JSON.stringify({ name: "x".repeat(70_000) }) },
  { name: "wrong types in every field", applies: (r) => hasBody(r.method), body: JSON.stringify({ id: "x", name: 5, prompt: [], ids: "x", base64Array: "x", taskId: {}, index: "x", action: 7, username: null, password: false, group: {}, value: { a: [1] } }) },
];

let rootHeaders: Record<string, string>;
let rootKey: string;
beforeAll(async () => {
  const sim = await startTestSimulator();
  await makeChannel(sim, { autoBan: 0 });
  const root = await makeUser({ role: ROLE.root, username: "audit_root", quota: 100_000_000 });
  rootHeaders = { authorization: root.accessToken, "new-api-user": String(root.id) };
  rootKey = `sk-${(await getDb().token.findUniqueOrThrow({ where: { id: (await makeKey(root.id)).id } })).key}`;
  return () => sim.close();
});

function paramsFor(route: Route, value: string | "malformed" | undefined): Promise<Record<string, unknown>> {
  if (value === "malformed") return Promise.reject(new URIError("URI malformed"));
  const params: Record<string, unknown> = {};
  for (const name of route.params) params[name] = name === route.catchAll ? [value ?? "x"] : (value ?? "1");
  return Promise.resolve(params);
}

async function attack(route: Route, attack: Attack, as: "anonymous" | "root") {
  const headers: Record<string, string> = { "content-type": attack.contentType ?? "application/json", "x-mj-peer": "" };
  if (as === "root") Object.assign(headers, isRelay(route.path) ? { authorization: `Bearer ${rootKey}` } : rootHeaders);
  const url = `http://gateway.test${route.path.replace(/\[(\.\.\.)?\w+\]/g, "x")}${attack.query ?? ""}`;
  const params = paramsFor(route, attack.param);
  params.catch(() => undefined);
  const response = await route.handler(new Request(url, { method: route.method, headers, body: attack.body }), { params });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", text };
}

function expectOwnEnvelope(route: Route, answer: { status: number; type: string; text: string }) {
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
  if (route.path.startsWith("/api/auth/")) return; // Auth.js answers in its own JSON or redirects
  if (answer.status >= 300 && answer.status < 400) return;
  if (route.path.startsWith("/mj/image/") || route.path.startsWith("/mj/video/")) {
    if (answer.status === 200) return;
  }
  expect(answer.type, answer.text.slice(0, 200)).toMatch(/^application\/json/);
  const body = JSON.parse(answer.text);
  if (answer.status >= 400 || (body && typeof body === "object" && "success" in body && !body.success)) {
    if (isRelay(route.path)) expect(body).toMatchObject({ code: expect.any(Number), description: expect.any(String) });
    else expect(body).toMatchObject({ success: false, message: expect.any(String) });
  }
}

describe("bad input never gets a 500 or plain text", () => {
  test("the audit covers every route file", () => {
    expect(new Set(routes.map((r) => r.path)).size).toBeGreaterThan(60);
  });

  const cases = routes.flatMap((route) =>
    ATTACKS.filter((a) => a.applies?.(route) ?? true).flatMap((a) => (["anonymous", "root"] as const).map((as) => [`${route.method} ${route.path} — ${a.name} (${as})`, route, a, as] as const)),
  );
  test.each(cases)("%s", async (_name, route, input, as) => {
    expectOwnEnvelope(route, await attack(route, input, as));
  });
});

describe("CSRF: every cookie-authenticated change from another site is refused", () => {
  const FORGED_SESSION = "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.forged";
  const changes = routes.filter((r) => r.handler.config && r.path.startsWith("/api/") && (r.method !== "GET" || r.handler.config.changesState));
  test("there are changes to guard", () => expect(changes.length).toBeGreaterThan(25));

  const FROM: [string, Record<string, string>][] = [
    ["another site", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }],
    ["a sibling subdomain", { "sec-fetch-site": "same-site", origin: "https://evil.gateway.test" }],
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["a page without evidence", {}],
  ];
  test.each(changes.flatMap((route) => FROM.map(([from, headers]) => [`${route.method} ${route.path} from ${from}`, route, headers] as const)))("%s", async (_name, route, headers) => {
    const response = await route.handler(
      new Request(`http://gateway.test${route.path.replace(/\[(\.\.\.)?\w+\]/g, "1")}`, { method: route.method, headers: { cookie: FORGED_SESSION, "content-type": "application/json", ...headers }, body: hasBody(route.method) ? "{}" : undefined }),
      { params: paramsFor(route, "1") },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ success: false, message: expect.stringMatching(/Cross-site request refused/) });
  });
});
