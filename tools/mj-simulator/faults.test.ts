import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startSimulator, type Simulator } from "./server.js";
import { call, fetchTask, isDone, submit, waitForTask } from "./test-helpers.js";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ stepMs: 20 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const imagine = (prompt = "cat") => call(sim, "POST", "/mj/submit/imagine", { prompt });

describe("submit faults", () => {
  test("HTTP status: Spring error for 500, proxy page for 502; remaining limits it", async () => {
    sim.faults.submitHttpStatus = 500;
    sim.faults.remaining = 2;
    const first = await imagine();
    expect(first.status).toBe(500);
    expect(JSON.parse(first.text)).toMatchObject({ status: 500, error: "Internal Server Error" });
    sim.faults.submitHttpStatus = 502;
    const second = await imagine();
    expect(second.status).toBe(502);
    expect(second.contentType).toBe("text/html");
    expect((await imagine()).status).toBe(200);
    expect(sim.faults).toEqual({});
    expect(sim.tasks.size).toBe(1);
  });

  test("malformed JSON and missing result", async () => {
    sim.faults = { submitMalformedJson: true, remaining: 1 };
    const broken = await imagine();
    expect(broken.status).toBe(200);
    expect(() => JSON.parse(broken.text)).toThrow();
    sim.faults = { submitNoResult: true };
    const noResult = JSON.parse((await imagine()).text) as Record<string, unknown>;
    expect(noResult["code"]).toBe(1);
    expect("result" in noResult).toBe(false);
    expect(sim.tasks.size).toBe(0);
  });

  test("forced codes", async () => {
    sim.faults.submitCode = 9;
    expect(await submit(sim, "imagine", { prompt: "cat" })).toEqual({ code: 9, description: "提交失败，系统异常", result: null, properties: {} });
    sim.faults.submitCode = 22;
    const queued = await submit(sim, "imagine", { prompt: "cat" });
    expect(queued).toMatchObject({ code: 22, properties: { numberOfQueues: 1 } });
    expect(sim.tasks.has(String(queued.result))).toBe(true);
  });

  test("reset connection destroys the socket", async () => {
    sim.faults = { resetConnection: true, remaining: 1 };
    await expect(imagine()).rejects.toThrow();
    expect((await imagine()).status).toBe(200);
  });

  test("delay", async () => {
    sim.faults = { submitDelayMs: 150, remaining: 1 };
    const started = Date.now();
    expect((await imagine()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test("list-by-condition failure leaves fetch working", async () => {
    const id = String((await submit(sim, "imagine", { prompt: "cat" })).result);
    sim.faults.listHttpStatus = 503;
    expect((await call(sim, "POST", "/mj/task/list-by-condition", { ids: [id] })).status).toBe(503);
    expect((await fetchTask(sim, id))?.id).toBe(id);
  });
});

describe("bookkeeping", () => {
  test("requests are recorded; forget and reset drop tasks", async () => {
    const id = String((await submit(sim, "imagine", { prompt: "cat" })).result);
    await call(sim, "POST", "/mj/task/list-by-condition", { ids: [id] });
    await call(sim, "GET", `/mj/task/${id}/fetch`);
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /mj/submit/imagine",
      "POST /mj/task/list-by-condition",
      `GET /mj/task/${id}/fetch`,
    ]);
    expect(sim.requests.every((r) => typeof r.at === "number")).toBe(true);
    sim.forget(id);
    expect(await fetchTask(sim, id)).toBeNull();
    expect((await call(sim, "POST", "/mj/task/list-by-condition", { ids: [id] })).text).toBe("[]");
    sim.reset();
    expect(sim.requests).toHaveLength(0);
    expect(sim.tasks.size).toBe(0);
  });

  test("publicUrl is used for image URLs", async () => {
    const other = await startSimulator({ stepMs: 20, publicUrl: "http://mj-sim.test:9/" });
    try {
      const id = String((await submit(other, "imagine", { prompt: "cat" })).result);
      expect((await waitForTask(other, id, isDone)).task.imageUrl).toBe(`http://mj-sim.test:9/sim/images/${id}.png`);
    } finally {
      await other.close();
    }
  });
});
