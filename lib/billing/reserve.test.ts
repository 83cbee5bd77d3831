// A reservation and the row it comes with stand or fall together: on PostgreSQL they are one
// statement, whose charges all run, so only the error it raises takes back what it wrote.
// A submit runs it as a single-statement transaction whose statement decides (its COMMIT
// sent with it); the other callers in a transaction of their own: both are tested.
import { describe, expect, test } from "vitest";
import { getDb } from "../db";
import { directDb, type DirectTx } from "../db/direct";
import { writeAndReserve, type Holder } from "./reserve";
import { balances, makeKey, makeUser } from "../../tests/support/fixtures";

const BALANCE = /balance/;
const KEY_LIMIT = /API key/;

type Run = "transaction" | "single";

async function reserver(run: Run = "single") {
  const db = await directDb();
  const reserve = (holder: Holder, cost: number) => (tx: DirectTx) =>
    writeAndReserve(tx, { text: `INSERT INTO "tasks" ("mj_id", "user_id", "action", "submit_time") VALUES ('', ?, 'IMAGINE', 0) RETURNING "id"`, params: [holder.userId] }, holder, BigInt(cost));
  return (holder: Holder, cost: number) => (run === "single" ? db.single(reserve(holder, cost), { sqlDecides: true }) : db.transaction(reserve(holder, cost)))
    .then((row) => (Number(row.id) > 0 ? "reserved" : "no row"), (error: Error) => error.message);
}

/** A user and a limited key, each holding what is given. */
async function holder(quota: number, keyLimit: number): Promise<Holder> {
  const user = await makeUser({ quota });
  return { userId: user.id, tokenId: (await makeKey(user.id, { unlimitedQuota: false, remainQuota: keyLimit })).id };
}

async function untouched(holder: Holder, quota: number, keyLimit: number) {
  expect(await balances(holder.userId, holder.tokenId!)).toEqual({ quota, used: 0, tokenRemain: keyLimit, tokenUsed: 0 });
  expect((await getDb().user.findUniqueOrThrow({ where: { id: holder.userId } })).requestCount).toBe(0);
  expect(await getDb().task.count({ where: { userId: holder.userId } })).toBe(0);
}

describe("writeAndReserve", () => {
  test.each<Run>(["single", "transaction"])("a reservation the key or the balance refuses leaves nothing behind, alone or batched with ones that pass (%s)", async (run) => {
    const reserve = await reserver(run);
    const paying = await holder(1_000, 1_000);
    const keyShort = await holder(1_000, 99);
    const balanceShort = await holder(99, 1_000);
    expect(await reserve(keyShort, 100)).toMatch(KEY_LIMIT);
    expect(await reserve(balanceShort, 100)).toMatch(BALANCE);
    // One batch: on PostgreSQL each refusal rolls the batch back and it is run again, isolated.
    const batched = await Promise.all([reserve(paying, 100), reserve(keyShort, 100), reserve(paying, 100), reserve(balanceShort, 100), reserve(paying, 100)]);
    expect(batched).toEqual(["reserved", expect.stringMatching(KEY_LIMIT), "reserved", expect.stringMatching(BALANCE), "reserved"]);
    await untouched(keyShort, 1_000, 99);
    await untouched(balanceShort, 99, 1_000);
    expect(await balances(paying.userId, paying.tokenId!)).toEqual({ quota: 700, used: 300, tokenRemain: 700, tokenUsed: 300 });
    expect(await getDb().task.count({ where: { userId: paying.userId } })).toBe(3);
  });

  test.each<Run>(["single", "transaction"])("reservations batched on a user who affords k of N: exactly k rows and k charges (%s)", async (run) => {
    const reserve = await reserver(run);
    const user = await makeUser({ quota: 250 });
    const key = await makeKey(user.id);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => reserve({ userId: user.id, tokenId: key.id }, 100)));
    expect(outcomes.filter((outcome) => outcome === "reserved")).toHaveLength(2);
    expect(await balances(user.id, key.id)).toMatchObject({ quota: 50, used: 200, tokenUsed: 200 });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).requestCount).toBe(2);
    expect(await getDb().task.count({ where: { userId: user.id } })).toBe(2);
  });

  test("a free reservation writes its row and moves no quota", async () => {
    const reserve = await reserver();
    const broke = await holder(0, 0);
    expect(await reserve(broke, 0)).toBe("reserved");
    expect(await balances(broke.userId, broke.tokenId!)).toEqual({ quota: 0, used: 0, tokenRemain: 0, tokenUsed: 0 });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: broke.userId } })).requestCount).toBe(0);
    expect(await getDb().task.count({ where: { userId: broke.userId } })).toBe(1);
  });
});
