// Issue 9 items 10 and 11: bad input gets the API's own 4xx (relay {code, description} or
// new-api {success:false, message}), never a 500 or plain text; bodies are size-limited.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as login } from "../../app/api/user/login/route";
import { GET as getUser } from "../../app/api/user/[id]/route";
import { GET as getToken } from "../../app/api/token/[id]/route";
import { POST as createChannel, PUT as updateChannel } from "../../app/api/channel/route";
import { PUT as updateToken } from "../../app/api/token/route";
import { POST as manageUser } from "../../app/api/user/manage/route";
import { GET as adminTasks } from "../../app/api/mj/route";
import { GET as logs } from "../../app/api/log/route";
import { GET as authGet, POST as authPost } from "../../app/api/auth/[...nextauth]/route";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as listByCondition } from "../../app/mj/task/list-by-condition/route";
import { GET as fetchTask } from "../../app/mj/task/[id]/fetch/route";
import { getDb } from "../../lib/db";
import { ROLE } from "../../lib/auth/roles";
import { asUser, bearer, callRoute } from "../support/call-route";
import { makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
let admin: Awaited<ReturnType<typeof makeUser>>;
let key: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim, { autoBan: 0 });
  admin = await makeUser({ role: ROLE.root, username: "bad_input_root" });
  key = (await makeKey(admin.id)).key;
});
afterAll(async () => sim.close());

const expectApiError = (res: { status: number; body: any }) => {
  expect(res.status).toBeLessThan(500);
  expect(res.body).toMatchObject({ success: false, message: expect.any(String) });
};
const expectRelayError = (res: { status: number; body: any }) => {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body).toMatchObject({ code: 4, description: expect.any(String) });
};

describe("NUL characters", () => {
  test("in the login body", async () => {
    const res = await callRoute(login, { path: "/api/user/login", body: { username: "ad\u0000min", password: "x" } });
    expectApiError(res);
    expect(res.body.message).toMatch(/NUL/);
  });

  test("in a relay prompt", async () => {
    expectRelayError(await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "a\u0000b" } }));
  });

  test("in an object key", async () => {
    expectRelayError(await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x", "a\u0000": 1 } }));
  });

  test("in a path parameter", async () => {
    expectRelayError(await callRoute(fetchTask, { path: "", headers: bearer(key), params: { id: "1\u00002" } }));
  });

  test("in a query parameter", async () => {
    expectApiError(await callRoute(logs, { path: "/api/log/?username=a%00b", headers: asUser(admin) }));
  });

  test("in the Auth.js credentials callback", async () => {
    const res = await authPost(new Request("http://gateway.test/api/auth/callback/credentials", {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "username=a%00b&password=x&csrfToken=t",
    }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ success: false, message: expect.stringMatching(/NUL/) });
  });
});

describe("numbers past 32 bits", () => {
  test.each([
    ["user id 2^31 in the path", () => callRoute(getUser, { path: "", headers: asUser(admin), params: { id: String(2 ** 31) } })],
    ["key id 2^53 in the path", () => callRoute(getToken, { path: "", headers: asUser(admin), params: { id: "9007199254740993" } })],
    ["key id 2^31 in a body", () => callRoute(updateToken, { path: "/api/token/", method: "PUT", headers: asUser(admin), body: { id: 2 ** 31, name: "x" } })],
    ["user id 2^31 in manage", () => callRoute(manageUser, { path: "", headers: asUser(admin), body: { id: 2 ** 31, action: "disable" } })],
    ["channel priority 2^31", () => callRoute(createChannel, { path: "", headers: asUser(admin), body: { name: "c", base_url: "http://127.0.0.1:9", priority: 2 ** 31 } })],
    ["channel weight 2^31 on update", () => callRoute(updateChannel, { path: "", method: "PUT", headers: asUser(admin), body: { id: 1, weight: 2 ** 31 } })],
    ["log channel filter 2^31", () => callRoute(logs, { path: `/api/log/?channel=${2 ** 31}`, headers: asUser(admin) })],
  ])("%s → success:false, not a 500", async (_name, call) => {
    expectApiError(await call());
  });

  test("an admin task filter by a channel id past 2^31 matches nothing", async () => {
    const res = await callRoute(adminTasks, { path: `/api/mj/?channel_id=${2 ** 31}`, headers: asUser(admin) });
    expect(res.body).toMatchObject({ success: true, data: { total: 0 } });
  });

  test("a page number past any offset is clamped", async () => {
    const res = await callRoute(adminTasks, { path: "/api/mj/?p=99999999999999999999", headers: asUser(admin) });
    expect(res.body).toMatchObject({ success: true, data: { items: [] } });
  });
});

describe("list-by-condition with 1,000 ids", () => {
  test("answers the caller's tasks among them (chunked under SQLite's variable limit)", async () => {
    const user = await makeUser();
    const { key: own } = await makeKey(user.id);
    const mine = ["9000000000000001", "9000000000000999"];
    for (const mjId of mine) await getDb().task.create({ data: { mjId, userId: user.id, action: "IMAGINE", status: "SUCCESS", submitTime: 1n } });
    const ids = Array.from({ length: 1000 }, (_, i) => String(9000000000000000 + i));
    const res = await callRoute(listByCondition, { path: "", headers: bearer(own), body: { ids } });
    expect(res.status).toBe(200);
    expect(res.body.map((t: { id: string }) => t.id).sort()).toEqual(mine);
  });

  test("1,001 ids is a code 4 with a sentence", async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => String(i));
    expectRelayError(await callRoute(listByCondition, { path: "", headers: bearer(key), body: { ids } }));
  });
});

describe("malformed input around the handlers", () => {
  test("a malformed %-escape that reaches a handler as a URIError is a 4xx in the envelope", async () => {
    const res = await fetchTask(new Request("http://gateway.test/mj/task/%E0%A4%A/fetch", { headers: bearer(key) }), {
      params: Promise.reject(new URIError("URI malformed")),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 4, description: expect.stringMatching(/%-escape/) });
  });

  test.each([
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
  ])("/api/auth/signin?callbackUrl=%s → success:false, not Auth.js's 500", async (_name, callbackUrl) => {
    const res = await authGet(new Request(`http://gateway.test/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ success: false, message: expect.stringMatching(/callbackUrl/) });
  });

  test("an unusable callback-url cookie is dropped instead of failing", async () => {
    const res = await authGet(new Request("http://gateway.test/api/auth/session", { headers: { cookie: "authjs.callback-url=javascript%3Aalert(1)" } }));
    expect(res.status).toBe(200);
  });
});

describe("body size limits", () => {
  const big = (bytes: number) => JSON.stringify({ prompt: "x".repeat(bytes) });
  const streamOf = (total: number) => {
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        const chunk = new Uint8Array(Math.min(1 << 20, total - sent)).fill(0x20);
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
  };

  test("a management body over 64 KB is a 413 in new-api's envelope, refused from Content-Length", async () => {
    const body = JSON.stringify({ username: "x".repeat(70_000), password: "y" });
    const res = await login(new Request("http://gateway.test/api/user/login", { method: "POST", headers: { "content-type": "application/json", "content-length": String(body.length) }, body }), { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ success: false, message: expect.stringMatching(/64 KB/) });
  });

  test("a 100 MB login body without Content-Length is cut off while streaming", async () => {
    const request = new Request("http://gateway.test/api/user/login", { method: "POST", headers: { "content-type": "application/json" }, body: streamOf(100 << 20), duplex: "half" } as RequestInit);
    const res = await login(request, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
  });

  test("a relay submit over 10 MB is a 413 in the relay envelope and is not forwarded", async () => {
    const forwarded = sim.requests.length;
    const request = new Request("http://gateway.test/mj/submit/imagine", { method: "POST", headers: { ...bearer(key), "content-type": "application/json" }, body: streamOf(11 << 20), duplex: "half" } as RequestInit);
    const res = await imagine(request, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 4, description: expect.stringMatching(/10 MB/) });
    expect(sim.requests.length).toBe(forwarded);
  });

  test("a relay submit of 5 MB is accepted", async () => {
    const res = await callRoute(imagine, { path: "", headers: bearer(key), rawBody: big(5 << 20) });
    expect(res.status).toBeLessThan(500);
    expect(res.status).not.toBe(413);
  });
});
