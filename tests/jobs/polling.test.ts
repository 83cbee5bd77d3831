// Polling cost, the singleton lease, timeouts (also for tasks the upstream forgot) and the
// crash-recovery sweep.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { pollChannel } from "../../lib/jobs/poll-channel";
import { sweepTasks } from "../../lib/jobs/sweep";
import { bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ stepMs: 60_000 });
});
afterAll(async () => sim.close());

const listCalls = () => sim.requests.filter((r) => r.path === "/mj/task/list-by-condition").length;

async function insertTasks(userId: number, channelId: number, count: number) {
  const now = BigInt(Date.now());
  await getDb().task.createMany({
    data: Array.from({ length: count }, (_, i) => ({ mjId: `${channelId}${String(i).padStart(6, "0")}`, userId, channelId, action: "IMAGINE", status: "IN_PROGRESS", submitTime: now })),
  });
}

describe("poll cost", () => {
  test("one list-by-condition call per channel per 100 unfinished tasks, none for finished ones", async () => {
    const user = await makeUser();
    const big = await makeChannel(sim);
    const small = await makeChannel(sim);
    await insertTasks(user.id, big.id, 250);
    await insertTasks(user.id, small.id, 3);
    await getDb().task.create({ data: { mjId: "done1", userId: user.id, channelId: small.id, action: "IMAGINE", status: "SUCCESS", submitTime: 1n } });
    const before = listCalls();
    const results = await pollAllChannels();
    expect(listCalls() - before).toBe(4);
    expect(results.find((r) => r.channelId === big.id)).toMatchObject({ tasks: 250, requests: 3 });
    expect(results.find((r) => r.channelId === small.id)).toMatchObject({ tasks: 3, requests: 1 });
    await getDb().task.deleteMany();
  });

  test("a channel leased by another poller is skipped without asking the upstream; after the lease it is polled", async () => {
    const user = await makeUser();
    const channel = await makeChannel(sim);
    await insertTasks(user.id, channel.id, 5);
    await getDb().channel.update({ where: { id: channel.id }, data: { pollLeaseUntil: BigInt(Date.now() + 60_000), pollLeaseOwner: "another instance" } });
    const before = sim.requests.length;
    expect(await pollChannel(channel.id)).toMatchObject({ skipped: "leased", requests: 0 });
    expect(sim.requests.length).toBe(before);
    await getDb().channel.update({ where: { id: channel.id }, data: { pollLeaseUntil: BigInt(Date.now() - 1) } });
    expect(await pollChannel(channel.id)).toMatchObject({ tasks: 5, requests: 1 });
    await getDb().task.deleteMany();
  });

  test("two pollers racing on one channel both finish, and at least one of them polled", async () => {
    const user = await makeUser();
    const channel = await makeChannel(sim);
    await insertTasks(user.id, channel.id, 5);
    const results = await Promise.all([pollChannel(channel.id), pollChannel(channel.id)]);
    expect(results.filter((r) => r.skipped === undefined).length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r.skipped === undefined || r.skipped === "leased")).toBe(true);
    await getDb().task.deleteMany();
  });
});

describe("timeouts", () => {
  test("a task the upstream forgot fails after the timeout and is refunded once", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    await makeChannel(sim);
    const res = await callRoute(imagine, { path: "", headers: bearer(key.key), body: { prompt: "sim:stuck" } });
    sim.forget(res.body.result);
    await getDb().task.updateMany({ where: { mjId: res.body.result }, data: { submitTime: BigInt(Date.now() - 61 * 60_000) } });
    await Promise.all([pollAllChannels(), pollAllChannels(), sweepTasks()]);
    await pollAllChannels();
    const task = await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } });
    expect(task.status).toBe("FAILURE");
    expect(task.failReason).toMatch(/Timed out: no result after 60 minutes/);
    expect((await balances(user.id)).quota).toBe(1_000_000);
    expect(await loggedSpend(user.id)).toBe(0);
  });
});

describe("crash recovery", () => {
  test("a reservation left by a process that died mid-submit is released", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    await getDb().user.update({ where: { id: user.id }, data: { quota: { decrement: 50_000 }, usedQuota: { increment: 50_000 } } });
    await getDb().task.create({ data: { mjId: "", userId: user.id, action: "IMAGINE", quota: 50_000n, submitTime: BigInt(Date.now() - 20 * 60_000) } });
    const result = await sweepTasks();
    expect(result.releasedPending).toBe(1);
    expect(await balances(user.id)).toMatchObject({ quota: 1_000_000, used: 0 });
  });

  test("a FAILURE stored without its refund (crash in between) is refunded by the sweep, once", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    await makeChannel(sim);
    const res = await callRoute(imagine, { path: "", headers: bearer(key.key), body: { prompt: "sim:stuck" } });
    await getDb().task.updateMany({ where: { mjId: res.body.result }, data: { status: "FAILURE" } });
    const [first, second] = [await sweepTasks(), await sweepTasks()];
    expect(first.refunded + second.refunded).toBe(1);
    expect((await balances(user.id)).quota).toBe(1_000_000);
  });
});
