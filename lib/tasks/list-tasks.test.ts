// The fast task list (kept counts, day seek, index-only ids) must answer exactly what the
// plain query answers (COUNT(*) and a full-width OFFSET), for every filter and page, also
// after tasks are confirmed, deleted with their user, or lose their channel.
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db";
import { makeChannel, makeUser } from "../../tests/support/fixtures";
import { listTasks, type TaskFilter } from "./list-tasks";
import { DAY_MS } from "./task-counts";

const BASE = 20_000 * DAY_MS; // a UTC midnight
let users: number[] = [];
let channels: number[] = [];

/** The reference: what the lists meant before they were made fast. */
async function plainList(filter: TaskFilter, skip: number, take: number) {
  const where = {
    mjId: filter.mjId ? filter.mjId : { not: "" },
    ...(filter.userId !== undefined ? { userId: filter.userId } : {}),
    ...(filter.channelId !== undefined ? { channelId: filter.channelId } : {}),
    submitTime: {
      ...(filter.startTimestamp ? { gte: BigInt(filter.startTimestamp) } : {}),
      ...(filter.endTimestamp ? { lte: BigInt(filter.endTimestamp) } : {}),
    },
  };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.task.findMany({ where, select: { id: true }, orderBy: [{ submitTime: "desc" }, { id: "desc" }], skip, take }),
    db.task.count({ where }),
  ]);
  return { ids: rows.map((r) => r.id), total };
}

async function expectSameAsPlain(filter: TaskFilter, skip: number, take: number) {
  const fast = await listTasks(filter, { skip, take });
  const plain = await plainList(filter, skip, take);
  expect({ filter, skip, take, ids: fast.items.map((t) => t.id), total: fast.total }).toEqual({ filter, skip, take, ...plain });
}

beforeAll(async () => {
  users = [(await makeUser()).id, (await makeUser()).id, (await makeUser()).id];
  channels = [(await makeChannel({ url: "http://127.0.0.1:9" })).id, (await makeChannel({ url: "http://127.0.0.1:9" })).id];
  const rows = Array.from({ length: 240 }, (_, i) => ({
    mjId: `list${i}`,
    userId: users[i % 3]!,
    channelId: i % 7 === 0 ? null : channels[i % 2]!,
    action: "IMAGINE",
    // Five days, several tasks sharing a millisecond (ties are broken by id).
    submitTime: BigInt(BASE + Math.floor(i / 2) * 3_600_000 + (i % 5 === 0 ? 0 : i)),
  }));
  await getDb().task.createMany({ data: rows });
  // Reservations still waiting for their upstream are never listed.
  await getDb().task.createMany({ data: users.map((userId) => ({ mjId: "", userId, action: "IMAGINE", submitTime: 0n, updatedAt: BigInt(BASE) })) });
});

const ranges: Pick<TaskFilter, "startTimestamp" | "endTimestamp">[] = [
  {},
  { startTimestamp: BASE + DAY_MS + 5_000_000, endTimestamp: BASE + 3 * DAY_MS + 7_777_000 },
  { startTimestamp: BASE + DAY_MS, endTimestamp: BASE + 3 * DAY_MS - 1 },
  { startTimestamp: BASE + 2 * DAY_MS + 1_000 },
  { endTimestamp: BASE + DAY_MS + 3_600_000 },
  { startTimestamp: BASE + 2 * DAY_MS + 1_000, endTimestamp: BASE + 2 * DAY_MS + 40_000_000 },
];
const pages = [[0, 10], [7, 20], [25, 10], [59, 100], [115, 20], [500, 10]] as const;

describe("every filter and page answers as the plain query", () => {
  test("everyone's, per user, per channel, over time ranges", async () => {
    const scopes = (): TaskFilter[] => [{}, { userId: users[0] }, { userId: users[2] }, { channelId: channels[0] }, { channelId: channels[1] }];
    for (const scope of scopes()) for (const range of ranges) for (const [skip, take] of pages) await expectSameAsPlain({ ...scope, ...range }, skip, take);
  });

  test("filters without a kept count: mj_id, and a user and a channel together", async () => {
    for (const range of ranges.slice(0, 3)) for (const [skip, take] of pages.slice(0, 3)) {
      await expectSameAsPlain({ userId: users[1], channelId: channels[0], ...range }, skip, take);
      await expectSameAsPlain({ mjId: "list42", ...range }, skip, take);
    }
  });

  test("after a reservation is confirmed, tasks are deleted in one statement, a user is deleted and a channel is removed", async () => {
    const db = getDb();
    const pending = await db.task.findFirstOrThrow({ where: { mjId: "", userId: users[0] } });
    await db.task.update({ where: { id: pending.id }, data: { mjId: "confirmed", channelId: channels[1], submitTime: BigInt(BASE + 2 * DAY_MS + 99) } });
    // Listed tasks of several days and channels (none among them) and a pending reservation, at once.
    const deleted = await db.task.deleteMany({ where: { userId: users[1], OR: [{ channelId: channels[1] }, { channelId: null }, { mjId: "" }] } });
    expect(deleted.count).toBeGreaterThan(40);
    await db.user.delete({ where: { id: users[2] } });
    await db.channel.delete({ where: { id: channels[0] } });
    const after = [{}, { userId: users[0] }, { userId: users[2] }, { channelId: channels[0] }, { channelId: channels[1] }];
    for (const scope of after) for (const range of ranges.slice(0, 2)) for (const [skip, take] of pages) await expectSameAsPlain({ ...scope, ...range }, skip, take);
    expect((await listTasks({ mjId: "confirmed" }, { skip: 0, take: 10 })).total).toBe(1);
  });
});
