import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db";
import { LOG_TYPE } from "../billing/units";
import { makeChannel, makeUser } from "../../tests/support/fixtures";
import { getChannelForUpstream } from "../channels/channels";
import { recordChannelFault } from "../channels/channel-health";
import { channelStats, userStats } from "./admin";
import { dayOf, daysOf, lastDays } from "./range";
import { median, taskStats, tasksByStatus } from "./tasks";
import { usageByDay, usageByModel } from "./usage";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 10, 12); // 2026-03-10 12:00 UTC
const range = { from: Date.UTC(2026, 2, 8), to: Date.UTC(2026, 2, 10, 23, 59, 59), timeZone: "UTC" };
let ann: { id: number };
let ben: { id: number };
let upstream: { id: number };
let spare: { id: number };

async function log(userId: number, type: number, quota: number, ms: number, modelName = "mj_imagine") {
  await getDb().log.create({ data: { userId, type, quota: BigInt(quota), createdAt: BigInt(Math.floor(ms / 1000)), modelName } });
}

async function task(userId: number, status: string, submit: number, fields: Record<string, unknown> = {}) {
  await getDb().task.create({ data: { mjId: `${submit}${Math.random()}`.replace(".", ""), userId, channelId: upstream.id, action: "IMAGINE", status, submitTime: BigInt(submit), ...fields } });
}

beforeAll(async () => {
  ann = await makeUser({ username: "ann_dash" });
  ben = await makeUser({ username: "ben_dash" });
  upstream = await makeChannel({ url: "http://127.0.0.1:9" }, { name: "Upstream A" });
  spare = await makeChannel({ url: "http://127.0.0.1:9" }, { name: "Upstream B" });
  await getDb().channel.update({ where: { id: spare.id }, data: { status: 3, statusReason: "Disabled automatically at 2026-03-09T10:00:00.000Z: no available account" } });
  await log(ann.id, LOG_TYPE.consume, 50_000, T0);
  await log(ann.id, LOG_TYPE.consume, 25_000, T0 - DAY, "mj_upscale");
  await log(ann.id, LOG_TYPE.consume, 50_000, T0 - DAY);
  await log(ann.id, LOG_TYPE.refund, 50_000, T0 - DAY + 60_000);
  await log(ann.id, LOG_TYPE.topup, 9_999_999, T0);
  await log(ann.id, LOG_TYPE.consume, 50_000, T0 - 10 * DAY);
  await log(ben.id, LOG_TYPE.consume, 400_000, T0, "mj_video");
  await task(ann.id, "SUCCESS", T0, { startTime: BigInt(T0 + 1_000), finishTime: BigInt(T0 + 31_000) });
  await task(ann.id, "SUCCESS", T0 - DAY, { startTime: BigInt(T0 - DAY + 1_000), finishTime: BigInt(T0 - DAY + 61_000) });
  await task(ann.id, "SUCCESS", T0 - DAY, { finishTime: BigInt(T0 - DAY + 90_000) });
  await task(ann.id, "FAILURE", T0 - DAY);
  await task(ann.id, "IN_PROGRESS", T0);
  await task(ann.id, "SUCCESS", T0 - 10 * DAY, { finishTime: BigInt(T0 - 10 * DAY + 5_000) });
  await task(ben.id, "FAILURE", T0);
});

describe("days", () => {
  test("a range lists every calendar day in the viewer's zone", () => {
    expect(daysOf(range)).toEqual(["2026-03-08", "2026-03-09", "2026-03-10"]);
    expect(dayOf(Date.UTC(2026, 2, 9, 20), "Asia/Shanghai")).toBe("2026-03-10");
    const week = lastDays(7, T0, "Asia/Shanghai");
    expect(daysOf(week)).toHaveLength(7);
    expect(dayOf(week.from, "Asia/Shanghai")).toBe("2026-03-04");
    expect(dayOf(week.from - 1, "Asia/Shanghai")).toBe("2026-03-03");
  });

  test("median of odd and even counts, and of nothing", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});

describe("usage", () => {
  test("spend per day nets refunds, counts charges, ignores top-ups and days outside the range", async () => {
    expect(await usageByDay({ ...range, userId: ann.id })).toEqual([
      { day: "2026-03-08", quota: 0, count: 0 },
      { day: "2026-03-09", quota: 25_000, count: 2 },
      { day: "2026-03-10", quota: 50_000, count: 1 },
    ]);
  });

  test("spend per model, largest first; without a user, everyone's", async () => {
    expect(await usageByModel({ ...range, userId: ann.id })).toEqual([
      { model: "mj_imagine", quota: 50_000, count: 2 },
      { model: "mj_upscale", quota: 25_000, count: 1 },
    ]);
    expect((await usageByModel(range))[0]).toEqual({ model: "mj_video", quota: 400_000, count: 1 });
  });
});

describe("tasks", () => {
  test("counts by status, success rate over finished tasks, median duration of successes", async () => {
    expect(await tasksByStatus({ ...range, userId: ann.id })).toEqual([
      { status: "SUCCESS", count: 3 },
      { status: "FAILURE", count: 1 },
      { status: "IN_PROGRESS", count: 1 },
    ]);
    expect(await taskStats({ ...range, userId: ann.id })).toEqual({ total: 5, succeeded: 3, failed: 1, successRate: 0.75, medianDurationMs: 60_000 });
  });

  test("a range with no tasks has no rate and no median", async () => {
    expect(await taskStats({ from: T0 + 5 * DAY, to: T0 + 6 * DAY, userId: ann.id })).toEqual({ total: 0, succeeded: 0, failed: 0, successRate: null, medianDurationMs: null });
  });
});

describe("admin", () => {
  test("per channel: tasks, failures, and the auto-disable reason with its time", async () => {
    const stats = await channelStats(range);
    expect(stats.find((stat) => stat.id === upstream.id)).toMatchObject({ name: "Upstream A", tasks: 6, failures: 2, status: 1 });
    expect(stats.find((stat) => stat.id === spare.id)).toMatchObject({ name: "Upstream B", tasks: 0, status: 3, statusReason: expect.stringContaining("2026-03-09T10:00") });
  });

  test("per channel: each automatic disabling is counted in the range it happened in", async () => {
    const flaky = await makeChannel({ url: "http://127.0.0.1:9" }, { name: "Flaky" });
    const channel = (await getChannelForUpstream(flaky.id))!;
    await recordChannelFault(channel, "no available account", true);
    // A fault on a channel that is already disabled does not disable it again.
    await recordChannelFault(channel, "no available account", true);
    await getDb().channel.update({ where: { id: flaky.id }, data: { status: 1 } });
    await recordChannelFault(channel, "connection refused", true);
    const now = Date.now();
    const today = await channelStats({ from: now - DAY, to: now + DAY, timeZone: "UTC" });
    expect(today.find((stat) => stat.id === flaky.id)).toMatchObject({ autoDisables: 2, status: 3, statusReason: expect.stringContaining("connection refused") });
    expect(today.find((stat) => stat.id === upstream.id)?.autoDisables).toBe(0);
    expect((await channelStats(range)).find((stat) => stat.id === flaky.id)?.autoDisables).toBe(0);
    const logs = await getDb().log.findMany({ where: { channelId: flaky.id, type: LOG_TYPE.system }, orderBy: { id: "asc" } });
    expect(logs.map((log) => JSON.parse(log.other))).toEqual([
      { event: "channel_auto_disabled", reason: "no available account" },
      { event: "channel_auto_disabled", reason: "connection refused" },
    ]);
  });

  test("per user: top spenders with names, tasks and failures", async () => {
    expect(await userStats(range)).toEqual([
      { userId: ben.id, username: "ben_dash", tasks: 1, failures: 1, spend: 400_000 },
      { userId: ann.id, username: "ann_dash", tasks: 5, failures: 1, spend: 75_000 },
    ]);
    expect(await userStats(range, 1)).toHaveLength(1);
  });
});
