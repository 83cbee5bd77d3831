// Direct SQL on the connections Prisma uses: one text for both databases, transactions that
// commit or roll back as a whole, and reads that see only what was committed.
import { describe, expect, test } from "vitest";
import { connectionsOf, createDb, getDb } from "../db";
import { directDb } from "./direct";
import { makeUser } from "../../tests/support/fixtures";

describe("directDb", () => {
  test("a transaction that throws changes nothing; one that returns is committed", async () => {
    const user = await makeUser({ quota: 1_000 });
    const db = await directDb();
    const take = (amount: bigint) => db.run(`UPDATE "users" SET "quota" = "quota" - CAST(? AS BIGINT) WHERE "id" = ? AND "quota" >= CAST(? AS BIGINT)`, [amount, user.id, amount]);
    await expect(db.transaction(async (tx) => {
      expect(await tx.run(`UPDATE "users" SET "quota" = "quota" - 100 WHERE "id" = ?`, [user.id])).toBe(1);
      throw new Error("changed my mind");
    })).rejects.toThrow("changed my mind");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).quota).toBe(1_000n);

    expect(await db.transaction(async (tx) => tx.run(`UPDATE "users" SET "quota" = "quota" - 100 WHERE "id" = ?`, [user.id]))).toBe(1);
    expect(await take(2_000n)).toBe(0);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).quota).toBe(900n);
  });

  test("RETURNING rows, booleans and bigints bind the same on both databases", async () => {
    const user = await makeUser();
    const db = await directDb();
    const [created] = await db.rows(
      `INSERT INTO "tokens" ("user_id", "key", "name", "created_time", "accessed_time", "expired_time", "remain_quota", "unlimited_quota") VALUES (?, ?, ?, 1, 1, -1, CAST(? AS BIGINT), ?) RETURNING "id"`,
      [user.id, `direct-${user.id}`, "direct", 9_007_199_254_740_000n, true],
    );
    const token = await getDb().token.findUniqueOrThrow({ where: { id: Number(created!.id) } });
    expect(token).toMatchObject({ remainQuota: 9_007_199_254_740_000n, unlimitedQuota: true, name: "direct" });
  });

  test("read sees what is committed, never a transaction in progress", async () => {
    const user = await makeUser();
    const db = await directDb();
    const name = () => db.read(`SELECT "display_name" FROM "users" WHERE "id" = ?`, [user.id]);
    const before = await name();
    await db.transaction(async (tx) => {
      await tx.run(`UPDATE "users" SET "display_name" = ? WHERE "id" = ?`, ["renamed", user.id]);
      expect(await name()).toEqual(before);
    });
    expect(await name()).toEqual([{ display_name: "renamed" }]);
  });

  test("transactions begun together commit together, yet each is all or nothing and gets its own answer", async () => {
    const user = await makeUser({ quota: 250 });
    const db = await directDb();
    const take = (amount: number) => db.transaction(async (tx) => {
      await tx.run(`UPDATE "users" SET "request_count" = "request_count" + 1 WHERE "id" = ?`, [user.id]);
      const taken = await tx.run(`UPDATE "users" SET "quota" = "quota" - ? WHERE "id" = ? AND "quota" >= ?`, [amount, user.id, amount]);
      if (taken !== 1) throw new Error(`cannot take ${amount}`);
      const [row] = await tx.rows(`SELECT "quota" FROM "users" WHERE "id" = ?`, [user.id]);
      return Number(row!.quota);
    });
    // Started in one turn of the event loop: one batch, run in this order.
    const outcomes = await Promise.allSettled([take(100), take(200), take(100), db.run(`UPDATE "users" SET "display_name" = 'batched' WHERE "id" = ?`, [user.id]), take(100)]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : (o.reason as Error).message))).toEqual([150, "cannot take 200", 50, 1, "cannot take 100"]);
    // The refused takes left nothing behind, not even their first statement.
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ quota: 50n, requestCount: 2, displayName: "batched" });
  });

  test("a unit whose statement fails is rolled back alone; the batch commits the others", async () => {
    const user = await makeUser({ quota: 10 });
    const db = await directDb();
    const outcomes = await Promise.allSettled([
      db.run(`UPDATE "users" SET "quota" = "quota" + 1 WHERE "id" = ?`, [user.id]),
      db.transaction(async (tx) => {
        await tx.run(`UPDATE "users" SET "quota" = "quota" + 100 WHERE "id" = ?`, [user.id]);
        return tx.run(`UPDATE "no_such_table" SET "x" = 1`);
      }),
      db.run(`UPDATE "users" SET "quota" = "quota" + 1 WHERE "id" = ?`, [user.id]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/no_such_table/);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).quota).toBe(12n);
  });

  test("single-statement transactions begun together run in order with the others; a refused one is rolled back alone", async () => {
    const user = await makeUser({ quota: 250 });
    const db = await directDb();
    const mark = (letter: string) => `UPDATE "users" SET "display_name" = "display_name" || '${letter}' WHERE "id" = ?`;
    // Marks and takes in one statement; the check on its answer refuses the take when the update matched nothing.
    const take = (letter: string, amount: number) => db.single(async (tx) => {
      const [row] = await tx.rows(
        `UPDATE "users" SET "display_name" = "display_name" || '${letter}', "quota" = "quota" - ? WHERE "id" = ? AND "quota" >= ? RETURNING "quota"`,
        [amount, user.id, amount],
      );
      if (!row) throw new Error(`cannot take ${amount}`);
      return Number(row.quota);
    });
    await db.run(`UPDATE "users" SET "display_name" = '' WHERE "id" = ?`, [user.id]);
    const outcomes = await Promise.allSettled([
      take("a", 100),
      db.transaction(async (tx) => {
        await tx.run(mark("b"), [user.id]);
        return tx.run(mark("c"), [user.id]);
      }),
      take("d", 200),
      db.run(mark("e"), [user.id]),
      take("f", 100),
    ]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : (o.reason as Error).message))).toEqual([150, 1, "cannot take 200", 1, 50]);
    // Every statement ran in the order its transaction began; the refused one left no mark.
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: "abcef", quota: 50n });
  });

  test("single-statement transactions whose statement decides: a failed one is rolled back alone, the others commit in order", async () => {
    const user = await makeUser({ quota: 0 });
    const db = await directDb();
    await db.run(`UPDATE "users" SET "display_name" = '' WHERE "id" = ?`, [user.id]);
    // Marks and credits 1; "x" breaks a NOT NULL constraint, an error raised by the statement itself.
    const mark = (letter: string) => db.single((tx) => tx.run(
      `UPDATE "users" SET "display_name" = CASE WHEN ? = 'x' THEN NULL ELSE "display_name" || ? END, "quota" = "quota" + 1 WHERE "id" = ?`,
      [letter, letter, user.id],
    ), { sqlDecides: true });
    const outcomes = await Promise.allSettled([mark("a"), mark("b"), mark("x"), db.run(`UPDATE "users" SET "display_name" = "display_name" || 'c' WHERE "id" = ?`, [user.id]), mark("d")]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : "failed"))).toEqual([1, 1, "failed", 1, 1]);
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: "abcd", quota: 3n });
    // Alone, the failed statement takes nothing with it either, and the next batch is unaffected.
    await expect(mark("x")).rejects.toThrow();
    expect(await mark("e")).toBe(1);
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ displayName: "abcde", quota: 4n });
  });

  test.runIf(process.env.TEST_DATABASE === "postgres")("a single-statement transaction that runs a second statement fails, changing nothing", async () => {
    const user = await makeUser({ quota: 10 });
    const db = await directDb();
    const bump = `UPDATE "users" SET "quota" = "quota" + 1 WHERE "id" = ?`;
    await expect(db.single(async (tx) => {
      await tx.run(bump, [user.id]);
      return tx.run(bump, [user.id]);
    })).rejects.toThrow(/ran a second statement/);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).quota).toBe(10n);
  });

  test.runIf(process.env.TEST_DATABASE === "postgres")("two instances' batches take turns instead of deadlocking on rows they lock in opposite orders", async () => {
    const [first, second] = [await makeUser({ quota: 0 }), await makeUser({ quota: 0 })];
    // A second client of its own, as another instance has; only its pool is used.
    const other = createDb(process.env.DATABASE_URL!);
    const otherConnections = connectionsOf(other);
    try {
      const [here, there] = [await directDb(), await directDb(other)];
      const credit = `UPDATE "users" SET "quota" = "quota" + 1 WHERE "id" = ?`;
      // Each holds its first row while it sleeps, then wants the other's: a deadlock if both ran at once.
      const crossing = (db: typeof here, ids: number[]) => db.transaction(async (tx) => {
        await tx.run(credit, [ids[0]!]);
        await tx.rows(`SELECT pg_sleep(0.3)`);
        return tx.run(credit, [ids[1]!]);
      });
      const outcomes = await Promise.allSettled([crossing(here, [first.id, second.id]), crossing(there, [second.id, first.id])]);
      expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : String(o.reason)))).toEqual([1, 1]);
      const quotas = await getDb().user.findMany({ where: { id: { in: [first.id, second.id] } }, select: { quota: true } });
      expect(quotas.map((u) => u.quota)).toEqual([2n, 2n]);
    } finally {
      // Closed and awaited here: a connection still open when the file's database is dropped would be cut, an uncaught error.
      if (otherConnections.kind === "postgres") await otherConnections.pool.end();
    }
  });

  test.runIf(process.env.TEST_DATABASE === "postgres")("the next batch is sent while the last one's statements and COMMIT are unanswered, a third waits, and all commit", async () => {
    const [held, second, third] = [await makeUser({ quota: 0 }), await makeUser({ quota: 0 }), await makeUser({ quota: 0 })];
    const connections = connectionsOf(getDb());
    if (connections.kind !== "postgres") throw new Error("expected a PostgreSQL pool");
    const db = await directDb();
    const credit = `UPDATE "users" SET "quota" = "quota" + 1 WHERE "id" = ?`;
    // Another session holds the first user's row, so the first batch's statement waits for it.
    const outsider = await connections.pool.connect();
    // Read outside the outsider's transaction: pg_stat_activity is a snapshot per transaction.
    const waitingFor = async (event: string) =>
      Number((await getDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = $1 AND datname = current_database()`, event))[0]!.n);
    try {
      await outsider.query(`BEGIN; SELECT 1 FROM "users" WHERE "id" = ${held.id} FOR UPDATE`);
      const first = db.run(credit, [held.id]);
      await expect.poll(() => waitingFor("transactionid")).toBe(1);
      const next = db.run(credit, [second.id]);
      // Sent already: its transaction waits for the batch turn the first one holds.
      await expect.poll(() => waitingFor("advisory")).toBe(1);
      const after = db.run(credit, [third.id]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await waitingFor("advisory")).toBe(1);
      await outsider.query("COMMIT");
      expect(await Promise.all([first, next, after])).toEqual([1, 1, 1]);
    } finally {
      await outsider.query("ROLLBACK").catch(() => undefined);
      outsider.release();
    }
    const quotas = await getDb().user.findMany({ where: { id: { in: [held.id, second.id, third.id] } }, select: { quota: true }, orderBy: { id: "asc" } });
    expect(quotas.map((u) => u.quota)).toEqual([1n, 1n, 1n]);
  });

  test("a request's transaction goes before a backlog of background ones, which all commit too", async () => {
    const user = await makeUser();
    const db = await directDb();
    await db.run(`UPDATE "users" SET "request_count" = 0 WHERE "id" = ?`, [user.id]);
    // Each unit's place in the order the database ran them.
    const place = (options?: { background: boolean }) =>
      db.single(async (tx) => Number((await tx.rows(`UPDATE "users" SET "request_count" = "request_count" + 1 WHERE "id" = ? RETURNING "request_count"`, [user.id]))[0]!.request_count), options);
    const backlog = Array.from({ length: 200 }, () => place({ background: true }));
    const request = place();
    const places = await Promise.all(backlog);
    expect(await request).toBe(1);
    expect(places.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
  });

  test("many concurrent transactions (more than one batch holds) all commit, none lost", async () => {
    const user = await makeUser({ quota: 0 });
    const db = await directDb();
    const values = await Promise.all(Array.from({ length: 300 }, (_, i) => db.transaction(async (tx) => {
      await tx.run(`UPDATE "users" SET "quota" = "quota" + 1 WHERE "id" = ?`, [user.id]);
      return i;
    })));
    expect(values).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).quota).toBe(300n);
  });
});
