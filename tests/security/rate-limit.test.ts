// Rate limits (issue 9): one counter contract in memory and in Redis; limits that hold across
// instances sharing Redis; per-key limits on the relay and per-address limits on the
// management API, answered with 429 and Retry-After in each API's envelope.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { GET as fetchTask } from "../../app/mj/task/[id]/fetch/route";
import { GET as pricing } from "../../app/api/pricing/route";
import { resetEnv } from "../../lib/env";
import { setOption } from "../../lib/options/options";
import { MemoryCounterStore, FallbackCounterStore, type CounterStore } from "../../lib/rate-limit/counter-store";
import { RedisCounterStore } from "../../lib/rate-limit/redis-counter-store";
import { enforceLimit } from "../../lib/rate-limit/limits";
import { bearer, callRoute } from "../support/call-route";
import { makeKey, makeUser } from "../support/fixtures";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
// A key prefix of this file's own, so files running side by side never share counters.
const prefix = `mj:test:${randomBytes(4).toString("hex")}:`;
const redisStores: RedisCounterStore[] = [];
const redis = () => {
  const store = new RedisCounterStore(REDIS_URL, prefix);
  redisStores.push(store);
  return store;
};
afterAll(async () => {
  await Promise.all(redisStores.map((store) => store.close()));
});

const stores: [string, () => CounterStore][] = [
  ["in memory", () => new MemoryCounterStore()],
  ["in Redis", redis],
];

describe.each(stores)("counters %s", (_name, make) => {
  test("count hits in a window that starts at the first hit", async () => {
    const store = make();
    const key = `hits-${randomBytes(3).toString("hex")}`;
    expect(await store.hit(key, 60_000)).toMatchObject({ count: 1 });
    expect(await store.hit(key, 60_000)).toMatchObject({ count: 2 });
    const third = await store.hit(key, 60_000);
    expect(third.count).toBe(3);
    expect(third.resetMs).toBeGreaterThan(0);
    expect(third.resetMs).toBeLessThanOrEqual(60_000);
  });

  test("a window that ended starts over", async () => {
    const store = make();
    const key = `short-${randomBytes(3).toString("hex")}`;
    await store.hit(key, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await store.hit(key, 60_000)).count).toBe(1);
  });

  test("record, read and clear failures", async () => {
    const store = make();
    const key = `fails-${randomBytes(3).toString("hex")}`;
    const now = Date.now();
    expect(await store.failures(key)).toEqual({ count: 0, lastMs: 0 });
    await store.fail(key, 60_000, now - 1_000);
    expect(await store.fail(key, 60_000, now)).toEqual({ count: 2, lastMs: now });
    expect(await store.failures(key)).toEqual({ count: 2, lastMs: now });
    await store.clear(key);
    expect((await store.failures(key)).count).toBe(0);
  });

  test("a limit refuses past its count with rate_limited and the seconds to wait", async () => {
    const store = make();
    const key = `limit-${randomBytes(3).toString("hex")}`;
    for (let i = 0; i < 3; i++) await enforceLimit(key, 3, 60_000, "Three a minute.", store);
    const refused = await enforceLimit(key, 3, 60_000, "Three a minute.", store).catch((error) => error);
    expect(refused).toMatchObject({ code: "rate_limited", status: 429, mjCode: 23, message: expect.stringMatching(/^Three a minute\. Retry in \d+ s\.$/) });
    expect(refused.retryAfter).toBeGreaterThan(0);
  });
});

describe("limits hold across instances sharing Redis", () => {
  test("two instances (two clients) count into one limit", async () => {
    const [a, b] = [redis(), redis()];
    const key = `shared-${randomBytes(3).toString("hex")}`;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => enforceLimit(key, 10, 60_000, "Ten a minute.", i % 2 ? a : b).then(() => "ok", () => "refused")),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(10);
    expect((await a.hit(key, 60_000)).count).toBe(21);
  });

  test("failures recorded by one instance throttle sign-ins on the other", async () => {
    const [a, b] = [redis(), redis()];
    const key = `fails-shared-${randomBytes(3).toString("hex")}`;
    await a.fail(key, 60_000);
    await b.fail(key, 60_000);
    expect((await a.failures(key)).count).toBe(2);
  });

  test("an unreachable Redis falls back to this instance's memory instead of failing requests", async () => {
    const down = new RedisCounterStore("redis://127.0.0.1:1", prefix);
    redisStores.push(down);
    const store = new FallbackCounterStore(down);
    expect((await store.hit("x", 60_000)).count).toBe(1);
    expect((await store.hit("x", 60_000)).count).toBe(2);
  });
});

describe("per-key limit on the relay (KeyRequestsPerMinute)", () => {
  afterEach(() => setOption("KeyRequestsPerMinute", "0"));

  test("is off by default", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    for (let i = 0; i < 30; i++) {
      const res = await callRoute(fetchTask, { path: "", headers: bearer(key), params: { id: "none" } });
      expect(res.status).toBe(404);
    }
  });

  test("past the limit: HTTP 429, code 23 and Retry-After; another key is unaffected", async () => {
    await setOption("KeyRequestsPerMinute", "3");
    const user = await makeUser();
    const [{ key }, { key: other }] = [await makeKey(user.id), await makeKey(user.id)];
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await callRoute(fetchTask, { path: "", headers: bearer(key), params: { id: "none" } })).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const refused = await fetchTask(new Request("http://gateway.test/mj/task/none/fetch", { headers: bearer(key) }), { params: Promise.resolve({ id: "none" }) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 23, description: expect.stringMatching(/3 requests per minute/) });
    expect((await callRoute(fetchTask, { path: "", headers: bearer(other), params: { id: "none" } })).status).toBe(404);
  });
});

describe("per-address limit on the management API (API_RATE_LIMIT_PER_MINUTE)", () => {
  beforeAll(() => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "5";
    resetEnv();
  });
  afterAll(() => {
    delete process.env.API_RATE_LIMIT_PER_MINUTE;
    resetEnv();
  });

  test("past the limit: HTTP 429 with success:false and Retry-After; other addresses are unaffected", async () => {
    const from = (ip: string) => ({ "x-mj-peer": ip });
    for (let i = 0; i < 5; i++) expect((await callRoute(pricing, { path: "/api/pricing", headers: from("198.51.100.50") })).status).toBe(200);
    const refused = await pricing(new Request("http://gateway.test/api/pricing", { headers: from("198.51.100.50") }), { params: Promise.resolve({}) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ success: false, message: expect.stringMatching(/Too many requests from 198\.51\.100\.50: at most 5 per minute/) });
    expect((await callRoute(pricing, { path: "/api/pricing", headers: from("198.51.100.51") })).status).toBe(200);
  });
});
