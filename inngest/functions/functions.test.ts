// The Inngest functions, run in-process by @inngest/test against the real database and
// simulator (sleeps are mocked; Inngest's retries are not modelled, so their options are asserted).
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import * as deliver from "../../lib/notify/deliver";
import { bearer, callRoute } from "../../tests/support/call-route";
import { balances, makeKey, makeUser, startSimulatorChannel } from "../../tests/support/fixtures";
import { startReceiver } from "../../tests/support/receiver";
import type { Simulator } from "../../tools/mj-simulator/server";
import { pollTasksFunction, CYCLES_PER_RUN } from "./poll-tasks";
import { sweepTasksFunction } from "./sweep-tasks";
import { deliverNotifyFunction } from "./deliver-notify";
import { functions } from "./index";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulatorChannel({ stepMs: 20 });
});
afterAll(async () => sim.close());

// step.sleep never resolves in @inngest/test unless mocked; a real short wait lets the simulator move on.
const sleeps = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `wait-${i}`, handler: () => new Promise((r) => setTimeout(r, 40)) }));

describe("poll-tasks", () => {
  test("polls until no task is unfinished, one cycle step per interval", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "inngest fox" } });
    const engine = new InngestTestEngine({ function: pollTasksFunction, steps: sleeps(CYCLES_PER_RUN) });
    const { result, error } = await engine.execute({ events: [{ name: "task/submitted", data: {} }] });
    expect(error).toBeUndefined();
    expect((result as { cycles: number }).cycles).toBeGreaterThanOrEqual(1);
    expect((await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } })).status).toBe("SUCCESS");
  });

  test("a run is bounded: with a task that never finishes it stops after CYCLES_PER_RUN cycles", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "sim:stuck forever" } });
    const { result } = await new InngestTestEngine({ function: pollTasksFunction, steps: sleeps(CYCLES_PER_RUN) }).execute({ events: [{ name: "task/submitted", data: {} }] });
    expect(result).toEqual({ cycles: CYCLES_PER_RUN });
    expect((await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } })).status).toBe("IN_PROGRESS");
    await getDb().task.updateMany({ where: { mjId: res.body.result }, data: { status: "CANCEL" } });
  });

  test("is a singleton and retried on failure", () => {
    const config = pollTasksFunction.opts as { singleton?: { mode: string }; retries?: number; triggers: unknown[] };
    expect(config.singleton).toEqual({ mode: "skip" });
    expect(config.retries).toBeGreaterThan(0);
    expect(config.triggers).toEqual(expect.arrayContaining([{ cron: "* * * * *" }, expect.objectContaining({ event: "task/submitted" })]));
  });
});

describe("sweep-tasks", () => {
  test("times out an overdue task and refunds it", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const { key } = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "sim:stuck" } });
    await getDb().task.updateMany({ where: { mjId: res.body.result }, data: { submitTime: BigInt(Date.now() - 2 * 3600_000) } });
    const { result } = await new InngestTestEngine({ function: sweepTasksFunction }).execute();
    expect(result).toMatchObject({ timedOut: 1 });
    expect((await balances(user.id)).quota).toBe(1_000_000);
  });
});

describe("deliver-notify", () => {
  async function queuedDelivery(failFirst: number) {
    const receiver = await startReceiver(failFirst);
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "hook", notifyHook: receiver.url } });
    const task = await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } });
    const { enqueueNotify } = await import("../../lib/notify/enqueue");
    await enqueueNotify(task.id, task.version);
    const delivery = await getDb().notifyDelivery.findFirstOrThrow({ where: { taskId: task.id } });
    return { receiver, delivery };
  }

  test("retries with durable backoff sleeps until the receiver accepts", async () => {
    const { receiver, delivery } = await queuedDelivery(2);
    const backoffs = Array.from({ length: 5 }, (_, i) => ({ id: `backoff-${i + 1}`, handler: () => undefined }));
    const { result } = await new InngestTestEngine({ function: deliverNotifyFunction, steps: backoffs }).execute({
      events: [{ name: "notify/queued", data: { deliveryId: delivery.id } }],
    });
    expect(result).toEqual({ result: "delivered", attempts: 3 });
    expect(receiver.received.map((r) => r.headers["x-mj-event-id"])).toEqual([delivery.eventId, delivery.eventId, delivery.eventId]);
    await receiver.close();
  });

  test("a bad payload fails without retries", async () => {
    const { error } = await new InngestTestEngine({ function: deliverNotifyFunction }).execute({ events: [{ name: "notify/queued", data: { deliveryId: "x" } }] });
    expect(error).toMatchObject({ name: expect.stringMatching(/NonRetriableError|EventValidationError/), message: expect.stringMatching(/deliveryId/) });
  });

  test("an error in a delivery step surfaces to Inngest (which retries the function)", async () => {
    const { receiver, delivery } = await queuedDelivery(0);
    vi.spyOn(deliver, "deliverNotify").mockRejectedValueOnce(new Error("database down"));
    const { error } = await new InngestTestEngine({ function: deliverNotifyFunction }).execute({ events: [{ name: "notify/queued", data: { deliveryId: delivery.id } }] });
    expect(String((error as Error)?.message ?? JSON.stringify(error))).toMatch(/database down/);
    expect((deliverNotifyFunction.opts as { retries?: number }).retries).toBeGreaterThan(0);
    await receiver.close();
  });
});

test("every function is registered for /api/inngest", () => {
  expect(functions.map((f) => (f.opts as { id: string }).id).sort()).toEqual(["deliver-due-notify", "deliver-notify", "poll-tasks", "sweep-tasks"]);
});
