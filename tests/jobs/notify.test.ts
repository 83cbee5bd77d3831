// Notify hooks: SSRF checks at submit and at delivery, signed deliveries with stable event
// ids, retries with backoff, every attempt recorded.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import { setOption } from "../../lib/options/options";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { deliverDueNotifications } from "../../lib/notify/deliver-due";
import { backoffMs, deliverNotify } from "../../lib/notify/deliver";
import { signNotify } from "../../lib/notify/sign";
import { bearer, callRoute } from "../support/call-route";
import { makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import { startReceiver } from "../support/receiver";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim);
});
afterAll(async () => sim.close());

describe("SSRF rules at submit", () => {
  test.each([
    ["loopback", "http://127.0.0.1:8080/x"],
    ["a private network", "http://10.0.0.5/x"],
    ["link-local metadata", "http://169.254.169.254/latest/meta-data"],
    ["IPv6 loopback", "http://[::1]/x"],
    ["localhost by name", "http://localhost/x"],
    ["not http", "ftp://example.com/x"],
    ["not a URL", "hook please"],
  ])("%s is refused with code 4 and nothing is charged", async (_name, notifyHook) => {
    await setOption("NotifyHookAllow", "");
    const user = await makeUser({ quota: 1_000_000 });
    const { key } = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x", notifyHook } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/notifyHook/) });
    expect(Number((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).quota)).toBe(1_000_000);
  });
});

describe("deliveries", () => {
  test("the callback arrives signed with a stable event id even when the receiver fails the first attempts", async () => {
    const receiver = await startReceiver(2);
    await setOption("NotifyHookAllow", "127.0.0.1");
    const user = await makeUser({ quota: 1_000_000 });
    const { key } = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "hooked fox", notifyHook: receiver.url } });
    expect(res.body.code).toBe(1);

    await until(async () => (await pollAllChannels(), getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } })), (t) => t.status === "SUCCESS");
    // How many changes the poller saw depends on timing (a task may reach SUCCESS between two
    // polls); what matters is that the last one is the SUCCESS event.
    const deliveries = await getDb().notifyDelivery.findMany({ where: { task: { mjId: res.body.result } }, orderBy: { id: "asc" } });
    const last = deliveries.at(-1)!;
    expect(JSON.parse(last.payload)).toMatchObject({ status: "SUCCESS" });

    // Drive the last event (SUCCESS) through two failures to a success, as the retries would.
    expect(await deliverNotify(last.id, true)).toBe("retry");
    const afterFirst = await getDb().notifyDelivery.findUniqueOrThrow({ where: { id: last.id } });
    expect(Number(afterFirst.nextAttemptAt) - Date.now()).toBeGreaterThan(backoffMs(1) - 2000);
    expect(await deliverNotify(last.id)).toBe("skipped"); // not due yet
    expect(await deliverNotify(last.id, true)).toBe("retry");
    expect(await deliverNotify(last.id, true)).toBe("delivered");
    expect(await deliverNotify(last.id, true)).toBe("skipped"); // delivered once is done

    const attempts = await getDb().notifyAttempt.findMany({ where: { deliveryId: last.id }, orderBy: { id: "asc" } });
    expect(attempts.map((a) => a.statusCode)).toEqual([503, 503, 204]);
    expect(attempts[0]!.error).toBe("HTTP 503");

    const deliveredToUs = receiver.received.filter((r) => r.headers["x-mj-event-id"] === last.eventId);
    expect(deliveredToUs).toHaveLength(3);
    const { webhookSecret } = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    for (const delivery of deliveredToUs) {
      expect(delivery.headers["x-mj-signature"]).toBe(signNotify(webhookSecret, delivery.headers["x-mj-timestamp"]!, delivery.body));
    }
    const payload = JSON.parse(deliveredToUs.at(-1)!.body);
    expect(payload).toMatchObject({ id: res.body.result, status: "SUCCESS", progress: "100%", prompt: "hooked fox" });
    expect(payload.properties).not.toHaveProperty("notifyHook");
    await receiver.close();
  });

  test("every change queues one event; the due ones are all delivered by the cycle", async () => {
    const receiver = await startReceiver(0);
    await setOption("NotifyHookAllow", "127.0.0.1");
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "many events", notifyHook: receiver.url } });
    await until(async () => (await pollAllChannels(), await deliverDueNotifications(), getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } })), (t) => t.status === "SUCCESS");
    await deliverDueNotifications();
    const events = receiver.received.map((r) => r.headers["x-mj-event-id"]);
    expect(new Set(events).size).toBe(events.length);
    expect(JSON.parse(receiver.received.at(-1)!.body).status).toBe("SUCCESS");
    await receiver.close();
  });

  test("a hook that became private after submit is refused at delivery and not retried", async () => {
    await setOption("NotifyHookAllow", "127.0.0.1");
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const receiver = await startReceiver(0);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x", notifyHook: receiver.url } });
    await until(async () => (await pollAllChannels(), getDb().notifyDelivery.count({ where: { task: { mjId: res.body.result } } })), (n) => n > 0);
    await setOption("NotifyHookAllow", "");
    const delivery = await getDb().notifyDelivery.findFirstOrThrow({ where: { task: { mjId: res.body.result } } });
    expect(await deliverNotify(delivery.id, true)).toBe("failed");
    const attempt = await getDb().notifyAttempt.findFirstOrThrow({ where: { deliveryId: delivery.id } });
    expect(attempt.error).toMatch(/private or local/);
    await receiver.close();
  });
});
