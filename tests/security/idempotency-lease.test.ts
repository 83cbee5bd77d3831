// Issue 9 item 4: an Idempotency-Key record left behind by a process that died mid-submit no
// longer blocks retries for 24 h. After its lease lapses, a retry takes it over: a first run
// that was confirmed is replayed (no second charge), one that was not has its reservation
// released and runs again (charged once).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import { directDb } from "../../lib/db/direct";
import { reserveQuota } from "../../lib/billing/reserve";
import { nowMs } from "../../lib/time";
import { bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

const PRICE = 50_000;
let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim, { autoBan: 0 });
});
afterAll(async () => sim.close());

async function account() {
  const user = await makeUser({ quota: 1_000_000 });
  const key = await makeKey(user.id, { unlimitedQuota: false, remainQuota: 500_000 });
  return { user, ...key };
}
const submit = (key: string, idempotencyKey: string) =>
  callRoute(imagine, { path: "", headers: { ...bearer(key), "idempotency-key": idempotencyKey }, body: { prompt: "lease test" } });

/** What a process that died during the upstream call leaves: a reserved pending row and an unanswered record. */
async function diedDuringUpstreamCall(userId: number, tokenId: number, idempotencyKey: string, leaseUntil: number) {
  const { id: taskId } = await getDb().task.create({ data: { mjId: "", userId, tokenId, action: "IMAGINE", submitTime: BigInt(nowMs()), quota: BigInt(PRICE), modelName: "mj_imagine" }, select: { id: true } });
  await (await directDb()).transaction((tx) => reserveQuota(tx, { userId, tokenId }, BigInt(PRICE)));
  await getDb().idempotencyRecord.create({ data: { tokenId, key: idempotencyKey, createdAt: BigInt(nowMs()), leaseUntil: BigInt(leaseUntil), taskId } });
  return taskId;
}

describe("a record whose holder died", () => {
  test("within its lease: still being processed (409, code 4), nothing forwarded", async () => {
    const { user, key, id } = await account();
    await diedDuringUpstreamCall(user.id, id, "held", nowMs() + 60_000);
    const forwarded = sim.requests.length;
    const res = await submit(key, "held");
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/still being processed/) });
    expect(sim.requests.length).toBe(forwarded);
  });

  test("after the lease: the abandoned reservation is released and the retry runs — charged once", async () => {
    const { user, key, id } = await account();
    const abandoned = await diedDuringUpstreamCall(user.id, id, "crashed", nowMs() - 1);
    expect(await balances(user.id, id)).toMatchObject({ quota: 1_000_000 - PRICE, tokenRemain: 500_000 - PRICE });
    const res = await submit(key, "crashed");
    expect(res.body.code).toBe(1);
    expect(await getDb().task.findUnique({ where: { id: abandoned } })).toBeNull();
    expect(await balances(user.id, id)).toMatchObject({ quota: 1_000_000 - PRICE, used: PRICE, tokenRemain: 500_000 - PRICE });
    expect(await loggedSpend(user.id)).toBe(PRICE);
    // And the key now replays that answer.
    const again = await submit(key, "crashed");
    expect(again.body).toMatchObject({ code: 1, result: res.body.result });
    expect(await loggedSpend(user.id)).toBe(PRICE);
  });

  test("after the lease, when the first run had been confirmed: its answer is replayed, nothing charged again", async () => {
    const { user, key, id } = await account();
    const first = await submit(key, "confirmed");
    expect(first.body.code).toBe(1);
    const task = await getDb().task.findFirstOrThrow({ where: { mjId: first.body.result } });
    // The process died after confirming but before storing the answer.
    await getDb().idempotencyRecord.update({ where: { tokenId_key: { tokenId: id, key: "confirmed" } }, data: { response: "", leaseUntil: BigInt(nowMs() - 1), taskId: task.id } });
    const forwarded = sim.requests.length;
    const retry = await submit(key, "confirmed");
    expect(retry.body).toMatchObject({ code: 1, result: first.body.result });
    expect(sim.requests.length).toBe(forwarded);
    expect(await loggedSpend(user.id)).toBe(PRICE);
    expect((await balances(user.id)).used).toBe(PRICE);
  });

  test("two retries racing for a lapsed record: one runs, the other is told to wait", async () => {
    const { user, key, id } = await account();
    await diedDuringUpstreamCall(user.id, id, "race", nowMs() - 1);
    const answers = await Promise.all([submit(key, "race"), submit(key, "race")]);
    const codes = answers.map((a) => a.body.code).sort();
    expect(codes.filter((c) => c === 1).length).toBeGreaterThanOrEqual(1);
    expect(await loggedSpend(user.id)).toBe(PRICE);
    expect((await balances(user.id)).used).toBe(PRICE);
  });
});
