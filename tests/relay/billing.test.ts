// Money: concurrent submits never overdraw, a refused submit leaves nothing behind, a
// confirmation records its charge once, Idempotency-Key never charges twice, mode
// multipliers price the mode prefixes, refunds happen once.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { refundTask } from "../../lib/billing/refund-task";
import { getDb } from "../../lib/db";
import { directDb } from "../../lib/db/direct";
import { getChannelForUpstream, type UpstreamChannel } from "../../lib/channels/channels";
import { confirmSubmit } from "../../lib/relay/confirm-submit";
import { submitKind } from "../../lib/relay/submit-kinds";
import type { SubmitEnvelope, SubmitPlan } from "../../lib/relay/submit-task";
import { setOption } from "../../lib/options/options";
import { bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
let channel: UpstreamChannel;
beforeAll(async () => {
  sim = await startTestSimulator({ stepMs: 60_000 });
  channel = (await getChannelForUpstream((await makeChannel(sim, { autoBan: 0 })).id))!;
});
afterAll(async () => sim.close());

const submit = (key: string, extra: Record<string, string> = {}, path = "/mj/submit/imagine") =>
  callRoute(imagine, { path, headers: { ...bearer(key), ...extra }, body: { prompt: "cat" } });

describe("concurrent submits", () => {
  test("N parallel submits on a key that affords k < N accept exactly k; the log sums to the balance change", async () => {
    const user = await makeUser({ quota: 10_000_000 });
    const key = await makeKey(user.id, { unlimitedQuota: false, remainQuota: 3 * 50_000 + 10 });
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(key.key)));
    const accepted = results.filter((r) => r.body.code === 1);
    expect(accepted).toHaveLength(3);
    for (const refused of results.filter((r) => r.body.code !== 1)) expect(refused.body.description).toMatch(/quota/);
    const after = await balances(user.id, key.id);
    expect(after).toMatchObject({ quota: 10_000_000 - 150_000, used: 150_000, tokenRemain: 10, tokenUsed: 150_000 });
    expect(await loggedSpend(user.id)).toBe(150_000);
    expect(await getDb().task.count({ where: { userId: user.id } })).toBe(3);
  });

  test("N parallel submits on a user whose balance affords k < N accept exactly k", async () => {
    const user = await makeUser({ quota: 2 * 50_000 + 5 });
    const key = await makeKey(user.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => submit(key.key)));
    expect(results.filter((r) => r.body.code === 1)).toHaveLength(2);
    expect(await balances(user.id, key.id)).toMatchObject({ quota: 5, used: 100_000, tokenUsed: 100_000 });
    expect(await loggedSpend(user.id)).toBe(100_000);
    expect(await getDb().log.count({ where: { userId: user.id } })).toBe(2);
    expect(await getDb().task.count({ where: { userId: user.id } })).toBe(2);
  });
});

describe("refused submits", () => {
  async function expectNothingMoved(user: { id: number; quota: bigint }, key: { id: number }, keyLimit: number) {
    expect(await balances(user.id, key.id)).toEqual({ quota: Number(user.quota), used: 0, tokenRemain: keyLimit, tokenUsed: 0 });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).requestCount).toBe(0);
    expect(await getDb().task.count({ where: { userId: user.id } })).toBe(0);
    expect(await getDb().log.count({ where: { userId: user.id } })).toBe(0);
  }

  test("a key whose limit is short of the price, on a user who affords it: refused, and nothing moves", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id, { unlimitedQuota: false, remainQuota: 49_999 });
    const res = await submit(key.key);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/API key/) });
    await expectNothingMoved(user, key, 49_999);
  });

  test("a balance short of the price, with a key that could pay: refused, and nothing moves", async () => {
    const user = await makeUser({ quota: 49_999 });
    const key = await makeKey(user.id, { unlimitedQuota: false, remainQuota: 1_000_000 });
    const res = await submit(key.key);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/balance/) });
    await expectNothingMoved(user, key, 1_000_000);
  });
});

describe("confirmation", () => {
  /** A pending row as a submit reserves it, and the plan its confirmation records. */
  async function pendingSubmit(quota: bigint) {
    const user = await makeUser();
    const key = await makeKey(user.id);
    const task = await getDb().task.create({ data: { mjId: "", userId: user.id, tokenId: key.id, action: "IMAGINE", submitTime: 0n, quota } });
    const plan = {
      kind: submitKind("imagine"), caller: { user: { id: user.id, username: user.username }, token: { id: key.id, name: "test key" }, group: "default" },
      body: {}, action: "IMAGINE", model: "mj_imagine", mode: "", parent: null, prompt: "cat", submittedAt: BigInt(Date.now()),
      charge: { quota, price: 0.05, groupRatio: 1, modeMultiplier: 1 },
    } as unknown as SubmitPlan;
    return { userId: user.id, taskId: task.id, confirm: (mjId: string) => confirmSubmit(plan, task.id, channel, accepted(mjId), 10) };
  }
  const accepted = (mjId: string): SubmitEnvelope => ({ code: 1, description: "Submit success", result: mjId, properties: {} });
  const channelUsed = async () => (await getDb().channel.findUniqueOrThrow({ where: { id: channel.id } })).usedQuota;

  test("a confirmation that runs again changes the task and logs the charge once", async () => {
    const { userId, taskId, confirm } = await pendingSubmit(50_000n);
    const creditedBefore = await channelUsed();
    await confirm("job-first");
    await Promise.all([confirm("job-again"), confirm("job-again")]);
    expect(await getDb().task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ mjId: "job-first", version: 1, channelId: channel.id });
    expect(await getDb().log.count({ where: { userId } })).toBe(1);
    expect(await loggedSpend(userId)).toBe(50_000);
    expect(await channelUsed()).toBe(creditedBefore + 50_000n);
  });

  test("a confirmation run twice by its batch (a neighbour failed: PostgreSQL runs the batch again) logs once and credits the channel once", async () => {
    const { userId, taskId, confirm } = await pendingSubmit(50_000n);
    const creditedBefore = await channelUsed();
    const db = await directDb();
    // A batch held open, so that the confirmation and then the neighbour make the next one.
    let started!: () => void, release!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const holding = db.transaction(async () => {
      started();
      await released;
    });
    await running;
    const confirming = confirm("job-replayed");
    await new Promise((resolve) => setImmediate(resolve));
    const failing = db.transaction(async (tx) => {
      await tx.run(`UPDATE "users" SET "display_name" = 'neighbour' WHERE "id" = ?`, [userId]);
      throw new Error("the neighbour fails");
    });
    release();
    await holding;
    await expect(failing).rejects.toThrow("the neighbour fails");
    await confirming;
    expect(await getDb().task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ mjId: "job-replayed", version: 1 });
    expect(await getDb().log.count({ where: { userId } })).toBe(1);
    expect(await channelUsed()).toBe(creditedBefore + 50_000n);
  });
});

describe("Idempotency-Key", () => {
  test("a repeat returns the first answer and charges nothing", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    const first = await submit(key.key, { "idempotency-key": "job-42" });
    const again = await submit(key.key, { "idempotency-key": "job-42" });
    expect(again.body).toEqual(first.body);
    expect((await balances(user.id)).quota).toBe(950_000);
    const other = await submit(key.key, { "idempotency-key": "job-43" });
    expect(other.body.result).not.toBe(first.body.result);
    expect((await balances(user.id)).quota).toBe(900_000);
  });

  test("a refused submit is not remembered, so a retry gets a real second try", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    sim.faults = { submitHttpStatus: 500, remaining: 1 };
    const failed = await submit(key.key, { "idempotency-key": "retry-me" });
    expect(failed.body.code).not.toBe(1);
    const retried = await submit(key.key, { "idempotency-key": "retry-me" });
    expect(retried.body.code).toBe(1);
    expect((await balances(user.id)).quota).toBe(950_000);
  });
});

describe("modes", () => {
  test("/mj-relax/mj/… forwards under the same prefix and applies the relax multiplier", async () => {
    await setOption("ModeMultiplier", JSON.stringify({ fast: 1, relax: 0.5, turbo: 2 }));
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    const res = await submit(key.key, {}, "/mj/submit/imagine?__mode=relax");
    expect(res.body.code).toBe(1);
    expect(sim.requests.at(-1)!.path).toBe("/mj-relax/mj/submit/imagine");
    expect(sim.tasks.get(res.body.result)!.mode).toBe("RELAX");
    expect((await balances(user.id)).quota).toBe(1_000_000 - 25_000);
    const row = await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } });
    expect(row.mode).toBe("relax");
    await setOption("ModeMultiplier", JSON.stringify({ fast: 1, relax: 1, turbo: 1 }));
  });

  test("with mode clearing on, the prefix and --fast/--relax/--turbo flags are stripped", async () => {
    await setOption("MjModeClearEnabled", "true");
    const user = await makeUser();
    const key = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "/mj/submit/imagine?__mode=turbo", headers: bearer(key.key), body: { prompt: "cat --turbo --ar 2:3" } });
    expect(sim.requests.at(-1)!.path).toBe("/mj/submit/imagine");
    expect(sim.tasks.get(res.body.result)!.prompt).toBe("cat --ar 2:3");
    await setOption("MjModeClearEnabled", "false");
  });
});

describe("refunds", () => {
  test("two concurrent refunds of one failed task refund once", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    const res = await submit(key.key);
    const task = await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } });
    await getDb().task.update({ where: { id: task.id }, data: { status: "FAILURE" } });
    const outcomes = await Promise.all([refundTask(task.id, "x"), refundTask(task.id, "x"), refundTask(task.id, "x")]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await balances(user.id)).quota).toBe(1_000_000);
    expect(await loggedSpend(user.id)).toBe(0);
  });

  test("a task the upstream refused (code 23) is never refunded: nothing was taken", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key.key), body: { prompt: "sim:queue-full" } });
    expect(res.body.code).toBe(23);
    expect(await getDb().task.count({ where: { userId: user.id } })).toBe(0);
    expect((await balances(user.id)).quota).toBe(1_000_000);
  });
});
