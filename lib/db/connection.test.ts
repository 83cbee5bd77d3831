// How concurrent requests share the database: on SQLite one process holds the file, so
// these hold only because lib/db/sqlite-adapter.ts keeps writes out of other requests'
// transactions and reads on a connection of their own. PostgreSQL's pool gives the same.
import { expect, test, vi } from "vitest";
import { connectionsOf, createDb, getDb } from "../db";

function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test("a write made while another request's transaction is open survives that transaction's rollback", async () => {
  const db = getDb();
  await db.option.create({ data: { key: "beside", value: "before" } });
  const inside = latch();
  const written = latch();
  const failing = db.$transaction(async (tx) => {
    await tx.option.create({ data: { key: "inside", value: "rolled back" } });
    inside.open();
    // A write that joined this transaction would finish now; a write that waits for it cannot.
    await Promise.race([written.opened, new Promise((resolve) => setTimeout(resolve, 300))]);
    throw new Error("the transaction fails");
  });
  await inside.opened;
  await db.option.update({ where: { key: "beside" }, data: { value: "after" } });
  written.open();
  await expect(failing).rejects.toThrow("the transaction fails");
  expect(await db.option.findUnique({ where: { key: "beside" } })).toMatchObject({ value: "after" });
  expect(await db.option.findUnique({ where: { key: "inside" } })).toBeNull();
});

test("a read while a transaction is open does not see its uncommitted rows, and sees them once committed", async () => {
  const db = getDb();
  const inside = latch();
  const read = latch();
  const committing = db.$transaction(async (tx) => {
    await tx.option.create({ data: { key: "pending", value: "x" } });
    inside.open();
    await read.opened;
  });
  await inside.opened;
  const seenInside = await db.option.findUnique({ where: { key: "pending" } });
  read.open();
  await committing;
  expect(seenInside).toBeNull();
  expect(await db.option.findUnique({ where: { key: "pending" } })).toMatchObject({ value: "x" });
});

test.runIf(process.env.TEST_DATABASE === "postgres")("an idle connection the server cuts is dropped and replaced, never an uncaught error", async () => {
  // A fresh client, as at a server's start: Prisma has not queried through it yet.
  const connections = connectionsOf(createDb(process.env.DATABASE_URL!));
  if (connections.kind !== "postgres") throw new Error("expected a PostgreSQL pool");
  const { pool } = connections;
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const idle = await pool.connect();
    const pid = (await idle.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    idle.release();
    await getDb().$queryRawUnsafe("SELECT pg_terminate_backend($1)", pid);
    await expect.poll(() => pool.totalCount).toBe(0);
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("idle PostgreSQL connection was closed"));
  } finally {
    warn.mockRestore();
    await pool.end();
  }
});
