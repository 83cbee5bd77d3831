// A restart while a task runs: the background driver stops mid-task and a new one starts
// later (all state lives in the database). The task still completes, the callback still
// arrives, and nothing is charged or refunded twice.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import { invalidateOptions, setOption } from "../../lib/options/options";
import { startInProcessDriver, type StopDriver } from "../../lib/jobs/in-process-driver";
import { bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import { startReceiver } from "../support/receiver";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
// Whatever happens in the test, the driver stops (and its running units finish) before the
// test's database is removed.
let stop: StopDriver = async () => undefined;
beforeAll(async () => {
  // About 4 s from submit to SUCCESS: long enough to stop the driver mid-task.
  sim = await startTestSimulator({ stepMs: 1000 });
  await makeChannel(sim);
  await setOption("NotifyHookAllow", "127.0.0.1");
  await setOption("PollIntervalSeconds", "1");
});
afterAll(async () => {
  await stop();
  await sim.close();
});

describe("restart", () => {
  test("a task submitted before a restart finishes after it, with one charge and its callback", async () => {
    const receiver = await startReceiver(0);
    const user = await makeUser({ quota: 1_000_000 });
    const { key } = await makeKey(user.id);

    stop = startInProcessDriver();
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "restart fox", notifyHook: receiver.url } });
    expect(res.body.code).toBe(1);
    const seen = await until(async () => getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } }), (t) => t.version >= 2, 15_000);
    await stop();
    expect(seen.status).not.toBe("SUCCESS");

    // Down for a while: the upstream finishes the job meanwhile.
    await until(async () => sim.tasks.get(res.body.result)?.status, (s) => s === "SUCCESS", 15_000);
    expect((await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } })).status).not.toBe("SUCCESS");

    invalidateOptions();
    stop = startInProcessDriver();
    const done = await until(async () => getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } }), (t) => t.status === "SUCCESS", 15_000);
    await until(async () => receiver.received.map((r) => JSON.parse(r.body).status), (statuses) => statuses.includes("SUCCESS"), 15_000);
    await stop();

    expect(done.progress).toBe("100%");
    expect(await balances(user.id)).toMatchObject({ quota: 950_000, used: 50_000 });
    expect(await loggedSpend(user.id)).toBe(50_000);
    const eventIds = receiver.received.map((r) => r.headers["x-mj-event-id"]);
    expect(new Set(eventIds).size).toBe(eventIds.length);
    await receiver.close();
  });
});
