// What the handlers answer is what the OpenAPI document says they answer: each documented
// response schema (lib/schemas, strict objects) parses the real answer of its endpoint.
import { beforeAll, describe, expect, test } from "vitest";
import { GET as fetchTask } from "../../app/mj/task/[id]/fetch/route";
import { POST as listByCondition } from "../../app/mj/task/list-by-condition/route";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as upload } from "../../app/mj/submit/upload-discord-images/route";
import * as users from "../../app/api/user/route";
import { GET as userById } from "../../app/api/user/[id]/route";
import { GET as self } from "../../app/api/user/self/route";
import * as tokens from "../../app/api/token/route";
import { GET as tokenById } from "../../app/api/token/[id]/route";
import * as channels from "../../app/api/channel/route";
import { GET as channelById } from "../../app/api/channel/[id]/route";
import { GET as logs } from "../../app/api/log/route";
import { GET as logSelf } from "../../app/api/log/self/route";
import { GET as mjAll } from "../../app/api/mj/route";
import { GET as mjSelf } from "../../app/api/mj/self/route";
import { ENDPOINTS, type Method } from "../../lib/openapi/endpoints";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { getDb } from "../../lib/db";
import { asUser, bearer, callRoute } from "../support/call-route";
import { makeChannel, makeKey, makeUser, startTestSimulator, TINY_PNG } from "../support/fixtures";
import { until } from "../support/wait";

type Handler = Parameters<typeof callRoute>[0];

function documented(method: Method, path: string) {
  const endpoint = ENDPOINTS.find((e) => e.method === method && e.path === path);
  if (!endpoint?.response) throw new Error(`${method} ${path} documents no response schema`);
  return endpoint.response;
}

let admin: Awaited<ReturnType<typeof makeUser>>;
let key: string;
let keyId: number;
let channelId: number;
let mjId: string;
beforeAll(async () => {
  const sim = await startTestSimulator();
  channelId = (await makeChannel(sim)).id;
  admin = await makeUser({ role: 100 });
  ({ key, id: keyId } = await makeKey(admin.id));
  mjId = (await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "schema fox" } })).body.result;
  await until(async () => (await pollAllChannels(), getDb().task.findFirstOrThrow({ where: { mjId } })), (t) => t.status === "SUCCESS");
  return () => sim.close();
});

describe("management answers match their documented schema", () => {
  const cases: [Method, string, () => { handler: Handler; path?: string; params?: Record<string, string>; body?: unknown }][] = [
    ["get", "/api/user/self", () => ({ handler: self })],
    ["get", "/api/user/", () => ({ handler: users.GET })],
    ["get", "/api/user/{id}", () => ({ handler: userById, params: { id: String(admin.id) } })],
    ["post", "/api/user/", () => ({ handler: users.POST, body: { username: `schema_${Date.now()}`, password: "long enough pw" } })],
    ["get", "/api/token/", () => ({ handler: tokens.GET })],
    ["get", "/api/token/{id}", () => ({ handler: tokenById, params: { id: String(keyId) } })],
    ["post", "/api/token/", () => ({ handler: tokens.POST, body: { name: "schema key" } })],
    ["get", "/api/channel/{id}", () => ({ handler: channelById, params: { id: String(channelId) } })],
    ["put", "/api/channel/", () => ({ handler: channels.PUT, body: { id: channelId, weight: 3 } })],
    ["get", "/api/log/", () => ({ handler: logs })],
    ["get", "/api/log/self", () => ({ handler: logSelf })],
    ["get", "/api/mj/", () => ({ handler: mjAll })],
    ["get", "/api/mj/self", () => ({ handler: mjSelf })],
  ];
  test.each(cases)("%s %s", async (method, path, call) => {
    const { handler, ...rest } = call();
    const res = await callRoute(handler, { path: rest.path ?? "/x", method: method.toUpperCase(), headers: asUser(admin), params: rest.params, body: rest.body });
    expect(res.body.success, JSON.stringify(res.body)).toBe(true);
    const parsed = documented(method, path).safeParse(res.body.data);
    expect(parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe("");
  });
});

describe("relay answers match their documented schema", () => {
  test("fetch, list-by-condition and a submit's envelope (upload's URL list too)", async () => {
    const one = await callRoute(fetchTask, { path: "/x", headers: bearer(key), params: { id: mjId } });
    expect(documented("get", "/mj/task/{id}/fetch").safeParse(one.body).error?.issues ?? []).toEqual([]);
    const many = await callRoute(listByCondition, { path: "", headers: bearer(key), body: { ids: [mjId] } });
    expect(documented("post", "/mj/task/list-by-condition").safeParse(many.body).error?.issues ?? []).toEqual([]);
    const submitted = await callRoute(upload, { path: "", headers: bearer(key), body: { base64Array: [TINY_PNG] } });
    expect(documented("post", "/mj/submit/upload-discord-images").safeParse(submitted.body).error?.issues ?? []).toEqual([]);
  });
});
