// Money: concurrent submits never overdraw, Idempotency-Key never charges twice, mode
// multipliers price the mode prefixes, refunds happen once.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { refundTask } from "../../lib/billing/refund-task";
import { getDb } from "../../lib/db";
import { setOption } from "../../lib/options/options";
import { bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ stepMs: 60_000 });
  await makeChannel(sim, { autoBan: 0 });
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
    expect((await balances(user.id)).quota).toBe(5);
    expect(await loggedSpend(user.id)).toBe(100_000);
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
