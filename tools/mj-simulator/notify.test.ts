import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startSimulator, type Simulator } from "./server.js";
import type { SimTask } from "./types.js";
import {
  buttonId,
  eventually,
  fetchTask,
  imagineDone,
  isDone,
  startReceiver,
  submit,
  waitForTask,
  type Hit,
  type Receiver,
} from "./test-helpers.js";

let sim: Simulator;
const logged: string[] = [];
beforeAll(async () => {
  sim = await startSimulator({ stepMs: 20, log: (line) => logged.push(line) });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  sim.pushNotifications = true;
  logged.length = 0;
});

const receivers: Receiver[] = [];
async function receiver(answer?: Parameters<typeof startReceiver>[0]): Promise<Receiver> {
  const started = await startReceiver(answer);
  receivers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const stateOf = (task: SimTask): string => `${task.status} ${task.progress}`;
const states = (hits: Hit[]): string[] => hits.map((hit) => stateOf(JSON.parse(hit.body) as SimTask));
const EVERY_CHANGE = ["SUBMITTED 0%", "IN_PROGRESS 25%", "IN_PROGRESS 50%", "IN_PROGRESS 75%", "SUCCESS 100%"];

async function imagineHooked(prompt: string, notifyHook: string): Promise<SimTask> {
  const envelope = await submit(sim, "imagine", { prompt, notifyHook });
  return (await waitForTask(sim, String(envelope.result), isDone)).task;
}

describe("notifyHook pushes", () => {
  test("every change is POSTed in order, as JSON, exactly as fetch shows the task", async () => {
    const hook = await receiver();
    const task = await imagineHooked("a hooked cat", hook.url);
    await eventually(() => expect(states(hook.hits)).toEqual(EVERY_CHANGE));

    expect(hook.hits.every((hit) => hit.method === "POST" && hit.headers["content-type"] === "application/json")).toBe(true);
    expect(JSON.parse(hook.hits.at(-1)?.body ?? "")).toEqual(await fetchTask(sim, task.id));
    expect(JSON.parse(hook.hits[0]?.body ?? "")).toMatchObject({ id: task.id, status: "SUBMITTED", properties: { notifyHook: hook.url } });

    await eventually(() => expect(sim.notifications.every((n) => n.outcome === "delivered")).toBe(true));
    expect(sim.notifications.map((n) => stateOf(n.task))).toEqual(EVERY_CHANGE);
    expect(sim.notifications[0]).toMatchObject({ taskId: task.id, url: hook.url, httpStatus: 200, error: null });
  });

  test("a failed task's last push is FAILURE", async () => {
    const hook = await receiver();
    await imagineHooked("cat sim:fail", hook.url);
    await eventually(() => expect(states(hook.hits)).toEqual(["SUBMITTED 0%", "IN_PROGRESS 25%", "FAILURE "]));
  });

  test("a hook slower than the task still receives every change, in order", async () => {
    // The first answer is held until the task has finished, so every later change queues behind it.
    const hook = await receiver((index) => (index === 0 ? "hang" : 200));
    const task = await imagineHooked("a patient cat", hook.url);
    expect(states(hook.hits)).toEqual(["SUBMITTED 0%"]);
    hook.release();
    await eventually(() => expect(states(hook.hits)).toEqual(EVERY_CHANGE));
    await eventually(() => expect(sim.notifications.map((n) => n.outcome)).toEqual(EVERY_CHANGE.map(() => "delivered")));
    expect(sim.notifications.map((n) => n.taskId)).toEqual(EVERY_CHANGE.map(() => task.id));
  });

  test("no retries: a hook answering 500 gets each change once; the task still succeeds", async () => {
    const hook = await receiver(() => 500);
    const task = await imagineHooked("an unlucky cat", hook.url);
    expect(task.status).toBe("SUCCESS");
    await eventually(() => expect(sim.notifications.filter((n) => n.outcome === "failed")).toHaveLength(5));
    expect(states(hook.hits)).toEqual(EVERY_CHANGE);
    expect(sim.notifications.every((n) => n.httpStatus === 500)).toBe(true);
    expect(logged.some((line) => line.includes("HTTP 500"))).toBe(true);
  });

  test("a hook that never answers times out and the next changes still go out", async () => {
    const quick = await startSimulator({ stepMs: 20, notifyTimeoutMs: 200, log: () => undefined });
    try {
      const hook = await receiver((index) => (index === 0 ? "hang" : 200));
      const envelope = await submit(quick, "imagine", { prompt: "a sleepy cat", notifyHook: hook.url });
      await eventually(() => expect(states(hook.hits)).toEqual(EVERY_CHANGE), 10_000);
      await eventually(() => expect(quick.notifications.at(-1)?.outcome).toBe("delivered"));
      expect(quick.notifications[0]).toMatchObject({ taskId: envelope.result, outcome: "failed", httpStatus: null });
      expect(quick.notifications[0]?.error).toMatch(/timeout|abort/i);
    } finally {
      await quick.close();
    }
  });

  test("an unreachable hook is only logged", async () => {
    const gone = await startReceiver();
    await gone.close();
    const task = await imagineHooked("a lonely cat", gone.url);
    expect(task.status).toBe("SUCCESS");
    await eventually(() => expect(sim.notifications.filter((n) => n.outcome === "failed")).toHaveLength(5));
    expect(sim.notifications[0]?.error).toMatch(/fetch failed/);
    expect(logged.length).toBeGreaterThanOrEqual(5);
  });

  test("nothing is sent without a hook, or with pushing turned off", async () => {
    await imagineDone(sim, "an unhooked cat");
    const hook = await receiver();
    sim.pushNotifications = false;
    await imagineHooked("a muted cat", hook.url);
    expect(sim.notifications).toEqual([]);
    expect(hook.hits).toEqual([]);

    const off = await startSimulator({ stepMs: 20, pushNotifications: false });
    try {
      expect(off.pushNotifications).toBe(false);
      const envelope = await submit(off, "imagine", { prompt: "another muted cat", notifyHook: hook.url });
      await waitForTask(off, String(envelope.result), isDone);
      expect(off.notifications).toEqual([]);
    } finally {
      await off.close();
    }
    expect(hook.hits).toEqual([]);
  });

  test("a modal task is pushed from the moment it is confirmed, not while it waits", async () => {
    const hook = await receiver();
    const grid = await imagineDone(sim, "a fox");
    const upscale = (await waitForTask(sim, String((await submit(sim, "action", { taskId: grid.id, customId: buttonId(grid, "U1") })).result), isDone)).task;
    const pending = await submit(sim, "action", { taskId: upscale.id, customId: buttonId(upscale, "Vary (Region)"), notifyHook: hook.url });
    expect(pending.code).toBe(21);
    expect(sim.notifications).toEqual([]);
    await submit(sim, "modal", { taskId: pending.result, maskBase64: "iVBORw0KGgo=" });
    await waitForTask(sim, String(pending.result), isDone);
    await eventually(() => expect(states(hook.hits)).toEqual(EVERY_CHANGE));
  });

  test("reset forgets what was sent", async () => {
    const hook = await receiver();
    await imagineHooked("a forgotten cat", hook.url);
    await eventually(() => expect(sim.notifications).toHaveLength(5));
    sim.reset();
    expect(sim.notifications).toEqual([]);
  });
});
