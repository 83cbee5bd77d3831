// A poll's changes are stored in one transaction, each still a compare-and-set on the
// task's version: a task another poller moved on keeps that poller's write, the rest of the
// batch is stored, and only the winners refund.
import { expect, test } from "vitest";
import { getDb } from "../db";
import { balances, makeUser } from "../../tests/support/fixtures";
import { commitTaskChanges, storedTaskSelect, upstreamChange } from "./apply-upstream";

test("a batch stores every change whose version still matches, and refunds each failure once", async () => {
  const user = await makeUser({ quota: 0 });
  const db = getDb();
  const ids: number[] = [];
  for (const mjId of ["b1", "b2", "b3"]) {
    ids.push((await db.task.create({ data: { mjId, userId: user.id, action: "IMAGINE", submitTime: 1n, status: "IN_PROGRESS", progress: "10%", quota: 100n }, select: { id: true } })).id);
  }
  const read = async () => db.task.findMany({ where: { id: { in: ids } }, select: storedTaskSelect, orderBy: { id: "asc" } });
  const [t1, t2, t3] = await read();
  // Another poller stores t2 first: this batch's view of t2 is stale.
  await db.task.update({ where: { id: t2!.id }, data: { progress: "50%", version: { increment: 1 } } });

  const changes = [
    upstreamChange(t1!, { status: "SUCCESS", imageUrl: "https://cdn.example/1.png" }),
    upstreamChange(t2!, { status: "IN_PROGRESS", progress: "40%" }),
    upstreamChange(t3!, { status: "FAILURE", failReason: "banned prompt" }),
    upstreamChange(t3!, { status: "IN_PROGRESS", progress: "10%" }),
  ];
  expect(changes[3]).toBeNull();
  expect(await commitTaskChanges(changes.filter((c) => c !== null))).toBe(2);

  const [s1, s2, s3] = await read();
  expect(s1).toMatchObject({ status: "SUCCESS", progress: "100%", imageUrl: "https://cdn.example/1.png", version: 1 });
  expect(s2).toMatchObject({ status: "IN_PROGRESS", progress: "50%", version: 1 });
  expect(s3).toMatchObject({ status: "FAILURE", failReason: "banned prompt", version: 1 });
  expect((await balances(user.id)).quota).toBe(100);
  // The same batch again: every version has moved on, nothing is stored or refunded twice.
  expect(await commitTaskChanges(changes.filter((c) => c !== null))).toBe(0);
  expect((await balances(user.id)).quota).toBe(100);
});
