// /api/inngest driven the way an Inngest server drives it (dev mode, so unsigned): the
// introspection GET, then for each function an execution POST with its event, answering
// every step the SDK reports (206) with its result and calling again until the run ends (200).
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../../lib/db";
import { bearer, callRoute } from "../support/call-route";
import { balances, makeKey, makeUser, startSimulatorChannel } from "../support/fixtures";
import { startReceiver } from "../support/receiver";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

process.env.INNGEST_DEV = "1";
const { GET, POST } = await import("../../app/api/inngest/route");
const { POST: imagine } = await import("../../app/mj/submit/imagine/route");

const APP_ID = "mj-gateway";
const URL_BASE = "http://gateway.test/api/inngest";

interface Op { id: string; op: string; data?: unknown; name?: string }

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulatorChannel({ stepMs: 20 });
});
afterAll(async () => sim.close());

/** Runs one function to its end as the executor would; sleeps are shortened to `sleepMs`. */
async function run(functionId: string, event: { name: string; data: Record<string, unknown> }, sleepMs = 50) {
  const steps: Record<string, { type: "data"; data: unknown }> = {};
  const runId = `run-${Math.random().toString(36).slice(2)}`;
  for (let call = 0; call < 200; call++) {
    const stack = Object.keys(steps);
    const response = await POST(
      new NextRequest(`${URL_BASE}?fnId=${APP_ID}-${functionId}&stepId=step`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          version: 1, event: { ...event, ts: Date.now(), id: `evt-${call}` }, events: [event], steps,
          ctx: { run_id: runId, attempt: 0, disable_immediate_execution: false, use_api: false, stack: { stack, current: stack.length - 1 } },
        }),
      }),
      { params: Promise.resolve({}) },
    );
    const body = await response.json();
    if (response.status === 200) return { result: body, calls: call + 1 };
    if (response.status !== 206) throw new Error(`${functionId} failed with HTTP ${response.status}: ${JSON.stringify(body)}`);
    for (const op of body as Op[]) {
      if (op.op === "Sleep") await new Promise((resolve) => setTimeout(resolve, sleepMs));
      else if (op.op !== "StepRun" && op.op !== "Step") throw new Error(`unexpected op ${op.op}`);
      steps[op.id] = { type: "data", data: op.data ?? null };
    }
  }
  throw new Error(`${functionId} did not finish in 200 calls`);
}

const cron = { name: "inngest/scheduled.timer", data: { cron: "* * * * *" } };

describe("/api/inngest over the SDK's HTTP protocol", () => {
  test("without Inngest configured it answers a JSON 404, not the SDK's 500", async () => {
    delete process.env.INNGEST_DEV;
    try {
      const response = await GET(new NextRequest(URL_BASE), { params: Promise.resolve({}) });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ success: false, message: expect.stringMatching(/not configured/) });
    } finally {
      process.env.INNGEST_DEV = "1";
    }
  });

  test("introspection: dev mode, every function", async () => {
    const response = await GET(new NextRequest(URL_BASE), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mode: "dev", function_count: 4 });
  });

  test("poll-tasks, woken by task/submitted, polls a task to SUCCESS", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const submit = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "inngest over http" } });
    expect(submit.body.code).toBe(1);
    // A run is bounded; like the cron, start another while the task is still drawing.
    const task = await until(
      async () => (await run("poll-tasks", { name: "task/submitted", data: { mjId: submit.body.result } }), getDb().task.findFirstOrThrow({ where: { mjId: submit.body.result } })),
      (row) => row.status === "SUCCESS",
      30_000,
    );
    expect(task.progress).toBe("100%");
  });

  test("sweep-tasks, on its cron, times out an overdue task and refunds it", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const { key } = await makeKey(user.id);
    const submit = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "sim:stuck via http" } });
    await getDb().task.updateMany({ where: { mjId: submit.body.result }, data: { submitTime: BigInt(Date.now() - 2 * 3600_000) } });
    const { result } = await run("sweep-tasks", cron);
    expect(result).toMatchObject({ timedOut: 1 });
    expect((await balances(user.id)).quota).toBe(1_000_000);
  });

  test("deliver-notify retries through durable sleeps until the receiver accepts; deliver-due-notify finds nothing left", async () => {
    const receiver = await startReceiver(1);
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const submit = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "hook via http", notifyHook: receiver.url } });
    const row = await getDb().task.findFirstOrThrow({ where: { mjId: submit.body.result } });
    const { enqueueNotify } = await import("../../lib/notify/enqueue");
    await enqueueNotify(row.id, row.version);
    const delivery = await getDb().notifyDelivery.findFirstOrThrow({ where: { taskId: row.id } });
    const { result } = await run("deliver-notify", { name: "notify/queued", data: { deliveryId: delivery.id } });
    expect(result).toEqual({ result: "delivered", attempts: 2 });
    expect(receiver.received.map((r) => r.headers["x-mj-event-id"])).toEqual([delivery.eventId, delivery.eventId]);
    expect((await run("deliver-due-notify", cron)).result).toBe(0);
    await receiver.close();
  });

  test("a bad event payload is refused without retries", async () => {
    const response = await POST(
      new NextRequest(`${URL_BASE}?fnId=${APP_ID}-deliver-notify&stepId=step`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: 1, event: { name: "notify/queued", data: { deliveryId: "x" } }, events: [], steps: {}, ctx: { run_id: "bad", attempt: 0, stack: { stack: [], current: -1 } } }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("x-inngest-no-retry")).toBe("true");
  });
});
