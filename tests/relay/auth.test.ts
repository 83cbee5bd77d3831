// Relay authentication: both header styles and every reason a key is refused.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as listByCondition } from "../../app/mj/task/list-by-condition/route";
import { getDb } from "../../lib/db";
import { callRoute } from "../support/call-route";
import { balances, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim, { autoBan: 0 });
});
afterAll(async () => sim.close());

const submit = (headers: Record<string, string>, body: unknown = { prompt: "cat" }) => callRoute(imagine, { path: "/mj/submit/imagine", headers, body });

describe("accepted header styles", () => {
  test.each([
    ["Authorization: Bearer sk-…", (k: string) => ({ authorization: `Bearer ${k}` })],
    ["Authorization: sk-… without Bearer", (k: string) => ({ authorization: k })],
    ["mj-api-secret alone", (k: string) => ({ "mj-api-secret": k })],
    ["mj-api-secret with Authorization: midjourney-proxy", (k: string) => ({ authorization: "midjourney-proxy", "mj-api-secret": k })],
    ["mj-api-secret without the sk- prefix", (k: string) => ({ "mj-api-secret": k.slice(3) })],
  ])("%s", async (_name, headers) => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const res = await submit(headers(key));
    expect(res.body.code).toBe(1);
  });
});

describe("refused keys get HTTP 401/403 with {code, description} and cost nothing", () => {
  test.each([
    ["no key at all", async () => ({}), 401, /No API key/],
    ["an unknown key", async () => ({ authorization: "Bearer sk-doesnotexist" }), 401, /not valid/],
    ["a disabled key", async (userId: number) => ({ authorization: `Bearer ${(await makeKeyWith(userId, { status: 2 })).key}` }), 401, /disabled/],
    ["an expired key", async (userId: number) => ({ authorization: `Bearer ${(await makeKeyWith(userId, { expiredTime: 1_000 })).key}` }), 401, /expired/],
    ["an exhausted key", async (userId: number) => ({ authorization: `Bearer ${(await makeKey(userId, { unlimitedQuota: false, remainQuota: 0 })).key}` }), 401, /used up/],
    ["a key limited to other models", async (userId: number) => ({ authorization: `Bearer ${(await makeKey(userId, { modelLimitsEnabled: true, modelLimits: "mj_describe" })).key}` }), 403, /mj_imagine/],
    ["a key limited to other IPs", async (userId: number) => ({ authorization: `Bearer ${(await makeKey(userId, { allowIps: "10.1.2.3" })).key}`, "x-mj-peer": "203.0.113.9" }), 403, /203\.0\.113\.9/],
  ])("%s", async (_name, headersFor, status, message) => {
    const user = await makeUser();
    const headers = await headersFor(user.id);
    const before = await balances(user.id);
    const res = await submit(headers as Record<string, string>);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(message) });
    expect(await balances(user.id)).toEqual(before);
  });

  test("a key of a disabled user", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    await getDb().user.update({ where: { id: user.id }, data: { status: 2 } });
    const res = await submit({ authorization: `Bearer ${key}` });
    expect(res.status).toBe(401);
    expect(res.body.description).toMatch(/owner/);
  });

  test("a key whose IP allow-list includes the caller works (CIDR)", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id, { allowIps: "198.51.100.0/24" });
    const res = await submit({ authorization: `Bearer ${key}`, "x-mj-peer": "198.51.100.7" });
    expect(res.body.code).toBe(1);
  });

  test("a user without enough balance is refused before forwarding", async () => {
    const user = await makeUser({ quota: 10 });
    const { key } = await makeKey(user.id);
    const forwarded = sim.requests.length;
    const res = await submit({ authorization: `Bearer ${key}` });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/quota/) });
    expect(sim.requests.length).toBe(forwarded);
  });

  test("reads need a key too", async () => {
    const res = await callRoute(listByCondition, { path: "", body: { ids: ["1"] } });
    expect(res.status).toBe(401);
  });
});

async function makeKeyWith(userId: number, change: { status?: number; expiredTime?: number }) {
  const made = await makeKey(userId);
  await getDb().token.update({ where: { id: made.id }, data: { status: change.status, expiredTime: change.expiredTime === undefined ? undefined : BigInt(change.expiredTime) } });
  return made;
}
