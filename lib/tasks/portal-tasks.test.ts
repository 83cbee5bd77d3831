import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db";
import { makeChannel, makeUser } from "../../tests/support/fixtures";
import { getPortalTask, listPortalTasks } from "./portal-tasks";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 12);
let alice: { id: number };
let bob: { id: number };
let channel: { id: number };

async function task(userId: number, mjId: string, fields: Record<string, unknown> = {}) {
  return getDb().task.create({
    data: { mjId, userId, channelId: channel.id, action: "IMAGINE", status: "SUCCESS", progress: "100%", submitTime: BigInt(T0), quota: 50_000n, ...fields },
  });
}

beforeAll(async () => {
  alice = await makeUser({ username: "alice_portal" });
  bob = await makeUser({ username: "bob_portal" });
  channel = await makeChannel({ url: "http://127.0.0.1:9" }, { name: "Main upstream" });
  await getDb().user.update({ where: { id: alice.id }, data: { displayName: "Alice" } });
  await task(alice.id, "1700000000000001", { imageUrl: "https://cdn.example/a.png", startTime: BigInt(T0 + 1000), finishTime: BigInt(T0 + 46_000) });
  await task(alice.id, "1700000000000002", { action: "UPSCALE", submitTime: BigInt(T0 - 3 * DAY), imageUrl: "https://cdn.example/b.png" });
  await task(alice.id, "1800000000000003", { status: "FAILURE", failReason: "banned prompt", imageUrl: "https://cdn.example/c.png", refundedAt: BigInt(T0 + 5000), submitTime: BigInt(T0 - 1000) });
  await task(alice.id, "1800000000000004", { status: "IN_PROGRESS", progress: "37%", submitTime: BigInt(T0 + 60_000) });
  await task(bob.id, "1900000000000005");
});

describe("listPortalTasks", () => {
  test("a user sees only their own tasks, newest first, with names instead of ids", async () => {
    const { items, total } = await listPortalTasks({ userId: alice.id }, { skip: 0, take: 20 });
    expect(total).toBe(4);
    expect(items.map((item) => item.mjId)).toEqual(["1800000000000004", "1700000000000001", "1800000000000003", "1700000000000002"]);
    expect(items[1]).toMatchObject({ username: "Alice", channelName: "Main upstream", durationMs: 45_000, progress: 100 });
    expect(items[0]).toMatchObject({ progress: 37, durationMs: null });
  });

  test("unfiltered lists page from the kept counts: one task a page across days gives the same order and total", async () => {
    for (const userId of [alice.id, undefined]) {
      const whole = await listPortalTasks({ userId }, { skip: 0, take: 20 });
      const paged = [];
      for (let skip = 0; skip < whole.total + 1; skip++) {
        const page = await listPortalTasks({ userId }, { skip, take: 1 });
        expect(page.total).toBe(whole.total);
        paged.push(...page.items.map((item) => item.mjId));
      }
      expect(paged).toEqual(whole.items.map((item) => item.mjId));
    }
    expect((await listPortalTasks({}, { skip: 0, take: 20 })).total).toBe(5);
  });

  test("filters combine: status, action, id prefix and submit-time range", async () => {
    const ids = async (filter: Parameters<typeof listPortalTasks>[0]) => (await listPortalTasks({ userId: alice.id, ...filter }, { skip: 0, take: 20 })).items.map((item) => item.mjId);
    expect(await ids({ status: "FAILURE" })).toEqual(["1800000000000003"]);
    expect(await ids({ action: "UPSCALE" })).toEqual(["1700000000000002"]);
    expect(await ids({ mjIdPrefix: "18" })).toEqual(["1800000000000004", "1800000000000003"]);
    expect(await ids({ startMs: T0 - DAY, endMs: T0 + 1000 })).toEqual(["1700000000000001", "1800000000000003"]);
    expect(await ids({ mjIdPrefix: "17", action: "IMAGINE" })).toEqual(["1700000000000001"]);
  });

  test("the gallery takes tasks with an image and leaves failures out", async () => {
    const { items } = await listPortalTasks({ userId: alice.id, withImage: true }, { skip: 0, take: 20 });
    expect(items.map((item) => item.mjId)).toEqual(["1700000000000001", "1700000000000002"]);
  });

  test("a refunded task carries the marker and a net cost of zero; a failed task shows no image", async () => {
    const failed = await getPortalTask("1800000000000003", alice.id);
    expect(failed).toMatchObject({ refunded: true, quota: 50_000, netQuota: 0, imageUrl: null, failReason: "banned prompt" });
    const done = await getPortalTask("1700000000000001", alice.id);
    expect(done).toMatchObject({ refunded: false, netQuota: 50_000 });
    // Image forwarding is on by default: a relative, signed link instead of the upstream's URL.
    expect(done?.imageUrl).toMatch(/^\/mj\/image\/1700000000000001\?sig=/);
  });

  test("without a user id (admins) every user's tasks are listed", async () => {
    expect((await listPortalTasks({}, { skip: 0, take: 20 })).total).toBe(5);
  });

  // The unfiltered list reads its rows in direct SQL, a task's own page through Prisma.
  test("a listed row is the very view of the task's own page, names, refund and buttons included", async () => {
    const dave = await makeUser({ username: "dave_portal" });
    await task(dave.id, "2000000000000006", {
      channelId: null, tokenId: 7, parentMjId: "1700000000000001", refundedAt: BigInt(T0), status: "FAILURE",
      buttons: [{ customId: "MJ::JOB::upsample::1::abc", emoji: "", label: "U1" }], properties: { finalPrompt: "a dave" },
    });
    for (const userId of [alice.id, dave.id]) {
      const { items } = await listPortalTasks({ userId }, { skip: 0, take: 20 });
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item).toEqual(await getPortalTask(item.mjId, userId));
    }
    const [daves] = (await listPortalTasks({ userId: dave.id }, { skip: 0, take: 20 })).items;
    expect(daves).toMatchObject({ username: "dave_portal", channelId: null, channelName: "", tokenId: 7, refunded: true, parentMjId: "1700000000000001" });
    expect(daves?.buttons).toEqual([{ customId: "MJ::JOB::upsample::1::abc", emoji: "", label: "U1" }]);
  });
});

describe("getPortalTask", () => {
  test("another user's task is not found for a user, but found for an admin", async () => {
    expect(await getPortalTask("1900000000000005", alice.id)).toBeNull();
    expect(await getPortalTask("1900000000000005")).toMatchObject({ userId: bob.id, username: "bob_portal" });
  });
});
