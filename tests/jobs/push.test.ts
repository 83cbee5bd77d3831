// Push updates: a channel that opts in sends its secret callback URL upstream as each
// task's notifyHook; the upstream's POSTs store the change at once, through the same
// compare-and-set as polling, so the two never refund twice or notify the client twice.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as push } from "../../app/mj/notify/[channelId]/[secret]/route";
import { GET as getChannel } from "../../app/api/channel/[id]/route";
import { PUT as putChannel } from "../../app/api/channel/route";
import { getDb } from "../../lib/db";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { setOption } from "../../lib/options/options";
import { asUser, bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import { serveRoute } from "../support/route-server";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
let gateway: Awaited<ReturnType<typeof serveRoute>>;
let channel: Awaited<ReturnType<typeof makeChannel>>;
beforeAll(async () => {
  sim = await startTestSimulator({ stepMs: 50 });
  gateway = await serveRoute(/^\/mj\/notify\/(?<channelId>[^/]+)\/(?<secret>[^/?]+)$/, push);
  // The address the upstream calls back on.
  await setOption("ServerAddress", gateway.url);
  channel = await makeChannel(sim, { pushUpdates: 1 });
});
afterAll(async () => {
  await sim.close();
  await gateway.close();
});

const submit = (key: string, prompt: string, notifyHook?: string) =>
  callRoute(imagine, { path: "/mj/submit/imagine", headers: bearer(key), body: { prompt, ...(notifyHook ? { notifyHook } : {}) } });

// The route's params are typed; callRoute takes any handler's.
const pushRoute = push as unknown as Parameters<typeof callRoute>[0];
const pushAs = (channelId: number | string, secret: string, body: unknown) =>
  callRoute(pushRoute, { path: `/mj/notify/${channelId}/${secret}`, body, params: { channelId: String(channelId), secret } });

const storedChannel = () => getDb().channel.findUniqueOrThrow({ where: { id: channel.id }, select: { callbackSecret: true } });

describe("push", () => {
  test("admins see the channel's callback URL and switch push on and off in the channel API", async () => {
    const admin = await makeUser({ role: 10 });
    const plain = await makeChannel(sim, { status: 2 });
    const { callbackSecret } = await getDb().channel.findUniqueOrThrow({ where: { id: plain.id } });
    expect(callbackSecret).toMatch(/^[0-9a-f]{48}$/);
    const read = await callRoute(getChannel, { path: `/api/channel/${plain.id}`, headers: asUser(admin), params: { id: String(plain.id) } });
    expect(read.body.data).toMatchObject({ push_updates: 0, callback_url: `${gateway.url}/mj/notify/${plain.id}/${callbackSecret}` });
    const updated = await callRoute(putChannel, { path: "/api/channel/", method: "PUT", headers: asUser(admin), body: { id: plain.id, push_updates: 1 } });
    expect(updated.body).toMatchObject({ success: true, data: { push_updates: 1 } });
  });

  test("the upstream gets the channel's callback as notifyHook and its pushes store the task without a poll", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const { key } = await makeKey(user.id);
    const res = await submit(key, "pushed fox");
    expect(res.body.code).toBe(1);
    const { callbackSecret } = await storedChannel();
    expect(sim.tasks.get(res.body.result)?.properties.notifyHook).toBe(`${gateway.url}/mj/notify/${channel.id}/${callbackSecret}`);
    const task = await until(() => getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } }), (t) => t.status === "SUCCESS");
    expect(task).toMatchObject({ progress: "100%", imageUrl: expect.stringContaining(res.body.result) });
  });

  test("a channel without push keeps the client's hook to itself and sends none upstream", async () => {
    const plain = await makeChannel(sim, { priority: 10 });
    try {
      const user = await makeUser({ quota: 1_000_000 });
      const { key } = await makeKey(user.id);
      await setOption("NotifyHookAllow", "127.0.0.1");
      const res = await submit(key, "unpushed fox", `${gateway.url}/client-hook`);
      expect(res.body.code).toBe(1);
      expect(sim.tasks.get(res.body.result)?.properties.notifyHook ?? null).toBeNull();
    } finally {
      await getDb().channel.delete({ where: { id: plain.id } });
    }
  });

  test.each([
    ["a wrong secret", async () => [channel.id, "0".repeat(48)] as const],
    ["an unknown channel", async () => [999_999, (await storedChannel()).callbackSecret] as const],
    ["a channel id that is not a number", async () => ["x", (await storedChannel()).callbackSecret] as const],
  ])("%s is refused with code 4 and changes nothing", async (_name, target) => {
    const [channelId, secret] = await target();
    const res = await pushAs(channelId, secret, { id: "whatever", status: "SUCCESS" });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 4 });
  });

  test.each([
    ["no id", { status: "SUCCESS" }],
    ["an empty id", { id: " ", status: "SUCCESS" }],
    ["not an object", ["SUCCESS"]],
  ])("a body with %s is refused with code 4", async (_name, body) => {
    const res = await pushAs(channel.id, (await storedChannel()).callbackSecret, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 4, description: expect.any(String) });
  });

  test("a push for a task of another channel changes nothing", async () => {
    const user = await makeUser();
    const other = await makeChannel(sim, { status: 2 });
    await getDb().task.create({ data: { mjId: "elsewhere", userId: user.id, channelId: other.id, action: "IMAGINE", status: "SUBMITTED", submitTime: 1n } });
    const res = await pushAs(channel.id, (await storedChannel()).callbackSecret, { id: "elsewhere", status: "SUCCESS", progress: "100%" });
    expect(res.body).toMatchObject({ code: 1, description: "unknown" });
    expect((await getDb().task.findFirstOrThrow({ where: { mjId: "elsewhere" } })).status).toBe("SUBMITTED");
  });

  test("pushes arriving together, read together, each change only their own channel's task", async () => {
    const user = await makeUser();
    const other = await makeChannel(sim, { status: 2 });
    const ids = ["burst-a", "burst-b", "burst-c"];
    for (const mjId of ids) await getDb().task.create({ data: { mjId, userId: user.id, channelId: channel.id, action: "IMAGINE", status: "SUBMITTED", submitTime: 1n } });
    // The same upstream id on another channel is another task.
    await getDb().task.create({ data: { mjId: "burst-a", userId: user.id, channelId: other.id, action: "IMAGINE", status: "SUBMITTED", submitTime: 1n } });
    const secret = (await storedChannel()).callbackSecret;
    const answers = await Promise.all([
      pushAs(channel.id, secret, { id: "burst-a", status: "IN_PROGRESS", progress: "40%" }),
      pushAs(channel.id, secret, { id: "burst-b", status: "SUCCESS", progress: "100%", imageUrl: "https://cdn.example/b.png" }),
      pushAs(channel.id, secret, { id: "burst-c", status: "SUBMITTED", progress: "0%" }),
      pushAs(channel.id, secret, { id: "burst-missing", status: "SUCCESS" }),
    ]);
    expect(answers.map((answer) => answer.body.description)).toEqual(["applied", "applied", "unchanged", "unknown"]);
    const stored = await getDb().task.findMany({ where: { mjId: { in: ids } }, select: { mjId: true, channelId: true, status: true, progress: true, imageUrl: true }, orderBy: { id: "asc" } });
    expect(stored).toEqual([
      { mjId: "burst-a", channelId: channel.id, status: "IN_PROGRESS", progress: "40%", imageUrl: "" },
      { mjId: "burst-b", channelId: channel.id, status: "SUCCESS", progress: "100%", imageUrl: "https://cdn.example/b.png" },
      { mjId: "burst-c", channelId: channel.id, status: "SUBMITTED", progress: "0%", imageUrl: "" },
      { mjId: "burst-a", channelId: other.id, status: "SUBMITTED", progress: "0%", imageUrl: "" },
    ]);
  });

  test("a late push of an older state does not move the task back", async () => {
    const user = await makeUser();
    await getDb().task.create({ data: { mjId: "ahead", userId: user.id, channelId: channel.id, action: "IMAGINE", status: "IN_PROGRESS", progress: "75%", submitTime: 1n, version: 3 } });
    const secret = (await storedChannel()).callbackSecret;
    for (const older of [{ status: "IN_PROGRESS", progress: "50%" }, { status: "SUBMITTED", progress: "0%" }]) {
      expect((await pushAs(channel.id, secret, { id: "ahead", ...older })).body.description).toBe("unchanged");
    }
    expect(await getDb().task.findFirstOrThrow({ where: { mjId: "ahead" } })).toMatchObject({ status: "IN_PROGRESS", progress: "75%", version: 3 });
  });

  test("a failure pushed and polled at the same time is refunded once and notifies the client once", async () => {
    sim.pushNotifications = false; // this test drives the push itself
    try {
      await setOption("NotifyHookAllow", "127.0.0.1");
      const user = await makeUser({ quota: 1_000_000 });
      const { key } = await makeKey(user.id);
      const before = await balances(user.id);
      const res = await submit(key, "sim:fail racing fox", `${gateway.url}/client-hook`);
      expect(res.body.code).toBe(1);
      await until(async () => sim.tasks.get(res.body.result)?.status, (status) => status === "FAILURE");
      const upstream = JSON.parse(JSON.stringify(sim.tasks.get(res.body.result)));
      const secret = (await storedChannel()).callbackSecret;
      await Promise.all([pollAllChannels(), pushAs(channel.id, secret, upstream), pushAs(channel.id, secret, upstream), pollAllChannels()]);
      const task = await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } });
      expect(task.status).toBe("FAILURE");
      expect(await balances(user.id)).toEqual(before);
      expect(await loggedSpend(user.id)).toBe(0);
      const refunds = await getDb().log.count({ where: { userId: user.id, type: 6 } });
      expect(refunds).toBe(1);
      const deliveries = await getDb().notifyDelivery.findMany({ where: { taskId: task.id }, select: { payload: true } });
      expect(deliveries.filter((d) => JSON.parse(d.payload).status === "FAILURE")).toHaveLength(1);
    } finally {
      sim.pushNotifications = true;
    }
  });
});
