// The relay's reads skip Prisma (direct SQL): they must give exactly the rows Prisma gives,
// JSON parsed and times as bigint, on both databases.
import { expect, test } from "vitest";
import { getDb } from "../db";
import { makeUser } from "../../tests/support/fixtures";
import { getOwnTask, getOwnTasks } from "./list-tasks";
import { taskViewSelect } from "./task-view";

async function seedTask(userId: number, mjId: string, extra: Record<string, unknown> = {}) {
  return getDb().task.create({
    data: {
      mjId, userId, action: "IMAGINE", submitTime: 1_764_000_000_123n, startTime: 1_764_000_001_000n, finishTime: 0n, quota: 9_007_199_254_740_000n,
      status: "SUCCESS", progress: "100%", imageUrl: "https://cdn.example/a.png", prompt: "猫 🐱", promptEn: "cat",
      buttons: [{ customId: "MJ::JOB::upsample::1::x", label: "U1", emoji: "", style: 2, type: 2 }],
      properties: { finalPrompt: "cat --v 6", nested: { n: 1 } }, ...extra,
    },
    select: { id: true },
  });
}

test("getOwnTask and getOwnTasks answer what Prisma answers, and only the caller's tasks", async () => {
  const owner = await makeUser();
  const other = await makeUser();
  await seedTask(owner.id, "1700000000000001");
  await seedTask(owner.id, "1700000000000002", { buttons: null, properties: null, status: "IN_PROGRESS", progress: "40%" });
  await seedTask(other.id, "1700000000000003");
  const prisma = await getDb().task.findMany({ where: { userId: owner.id }, select: taskViewSelect, orderBy: { id: "asc" } });

  expect(await getOwnTask(owner.id, "1700000000000001")).toEqual(prisma[0]);
  expect(await getOwnTask(owner.id, "1700000000000003")).toBeNull();
  expect(await getOwnTasks(owner.id, ["1700000000000002", "1700000000000003", "1700000000000001", "1700000000000002", "nope"])).toEqual(prisma);
});

test("fetches asked together share one query, yet each caller gets only its own task (the newest of a repeated id)", async () => {
  const [first, second] = [await makeUser(), await makeUser()];
  // The same upstream id on two accounts (two channels can hand out equal ids), twice on the first.
  const older = await seedTask(first.id, "1700000000000100", { prompt: "older" });
  const newer = await seedTask(first.id, "1700000000000100", { prompt: "newer" });
  const theirs = await seedTask(second.id, "1700000000000100", { prompt: "theirs" });
  await getDb().task.create({ data: { mjId: "", userId: first.id, action: "IMAGINE", submitTime: 0n }, select: { id: true } });
  const [a, b, c, d, pending, listed] = await Promise.all([
    getOwnTask(first.id, "1700000000000100"), getOwnTask(second.id, "1700000000000100"), getOwnTask(first.id, "1700000000000101"),
    getOwnTasks(second.id, ["1700000000000100", "1700000000000101"]), getOwnTask(first.id, ""), getOwnTasks(first.id, ["", "1700000000000100"]),
  ]);
  expect(older.id).toBeLessThan(newer.id);
  expect([a?.id, a?.prompt, b?.id, b?.prompt, c]).toEqual([newer.id, "newer", theirs.id, "theirs", null]);
  expect(d.map((t) => t.id)).toEqual([theirs.id]);
  // A reservation the upstream has not accepted yet is nobody's task.
  expect(pending).toBeNull();
  expect(listed.map((t) => t.id)).toEqual([newer.id]);
});
