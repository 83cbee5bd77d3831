// The relay reads keys and enabled channels at most once a second per instance. A change
// made on another instance (here: straight in the database) must take effect after that
// second; the clock is moved instead of waited for.
import { afterAll, afterEach, beforeAll, expect, test, vi } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import { bearer, callRoute } from "../support/call-route";
import { balances, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim.close());
afterEach(async () => {
  vi.useRealTimers();
  await getDb().task.deleteMany();
  await getDb().channel.deleteMany();
});

const submit = (key: string) => callRoute(imagine, { path: "/mj/submit/imagine", headers: bearer(key), body: { prompt: "cached fox" } });
const aSecondLater = () => vi.setSystemTime(Date.now() + 1_100);

test("a key disabled on another instance is refused a second later, and charges nothing", async () => {
  await makeChannel(sim);
  const user = await makeUser({ quota: 1_000_000 });
  const { id, key } = await makeKey(user.id);
  expect((await submit(key)).body.code).toBe(1);
  vi.useFakeTimers({ toFake: ["Date"] });
  await getDb().token.update({ where: { id }, data: { status: 2 } });
  aSecondLater();
  const before = await balances(user.id);
  const refused = await submit(key);
  expect(refused.status).toBe(401);
  expect(refused.body).toMatchObject({ code: 4, description: expect.stringMatching(/disabled/) });
  expect(await balances(user.id)).toEqual(before);
});

test("a channel disabled on another instance gets no new job a second later", async () => {
  const other = await startTestSimulator();
  try {
    const first = await makeChannel(sim, { priority: 10 });
    await makeChannel(other, { priority: 0 });
    const user = await makeUser({ quota: 1_000_000 });
    const { key } = await makeKey(user.id);
    expect((await submit(key)).body.code).toBe(1);
    vi.useFakeTimers({ toFake: ["Date"] });
    await getDb().channel.update({ where: { id: first.id }, data: { status: 2 } });
    aSecondLater();
    const before = other.requests.filter((r) => r.path.includes("/submit/")).length;
    expect((await submit(key)).body.code).toBe(1);
    expect(other.requests.filter((r) => r.path.includes("/submit/")).length).toBe(before + 1);
  } finally {
    await other.close();
  }
});
