// How concurrent requests share the database: on SQLite one process holds the file, so
// these hold only because lib/db/sqlite-adapter.ts keeps writes out of other requests'
// transactions and reads on a connection of their own. PostgreSQL's pool gives the same.
import { expect, test } from "vitest";
import { getDb } from "../db";

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
