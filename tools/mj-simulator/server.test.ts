import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startSimulator, type Simulator } from "./server.js";
import { call, fetchTask, imagineDone, isDone, PNG_DATA_URL, PNG_SIGNATURE, submit, waitForTask } from "./test-helpers.js";

let sim: Simulator;
beforeAll(async () => {
  // The hooks in this file point nowhere; pushes are covered in notify.test.ts.
  sim = await startSimulator({ stepMs: 20, pushNotifications: false });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

describe("auth", () => {
  test("missing or wrong mj-api-secret gets 401 with an empty body", async () => {
    const locked = await startSimulator({ stepMs: 20, secret: "s3cret" });
    try {
      const rejected: Record<string, string>[] = [{}, { "mj-api-secret": "nope" }];
      for (const headers of rejected) {
        const submitReply = await call(locked, "POST", "/mj/submit/imagine", { prompt: "cat" }, headers);
        expect(submitReply.status).toBe(401);
        expect(submitReply.body.length).toBe(0);
        expect((await call(locked, "GET", "/mj/task/list", undefined, headers)).status).toBe(401);
      }
      const ok = await submit(locked, "imagine", { prompt: "cat" }, { "mj-api-secret": "s3cret" });
      expect(ok.code).toBe(1);
      expect(locked.tasks.size).toBe(1);
    } finally {
      await locked.close();
    }
  });
});

describe("imagine", () => {
  test("validation and trigger codes", async () => {
    expect(await submit(sim, "imagine", { prompt: "  " })).toEqual({ code: 4, description: "prompt不能为空", result: null, properties: {} });
    expect((await submit(sim, "imagine", { prompt: "cat", base64Array: ["not-a-data-url"] })).description).toBe("base64格式错误");
    const banned = await submit(sim, "imagine", { prompt: "a Blood moon" });
    expect(banned).toMatchObject({ code: 24, result: null, properties: { promptEn: "a Blood moon", bannedWord: "Blood" } });
    expect((await submit(sim, "imagine", { prompt: "bloody mary" })).code).toBe(1);

    const full = await submit(sim, "imagine", { prompt: "cat sim:queue-full" });
    expect(full).toMatchObject({ code: 23, description: "队列已满，请稍后尝试", result: null });
    const noAccount = await submit(sim, "imagine", { prompt: "cat sim:no-account" });
    expect(noAccount).toMatchObject({ code: 3, description: "无可用的账号实例", result: null });

    const queued = await submit(sim, "imagine", { prompt: "cat sim:queued" });
    expect(queued).toMatchObject({ code: 22, description: "排队中，前面还有1个任务", properties: { numberOfQueues: 1 } });
    expect((await waitForTask(sim, String(queued.result), isDone)).task.status).toBe("SUCCESS");
    expect(sim.tasks.size).toBe(2); // bloody mary + queued; rejected submits keep nothing
  });

  test("malformed JSON and unknown enum values get a plain 400", async () => {
    const bad = await call(sim, "POST", "/mj/submit/imagine", "{nope");
    expect(bad.status).toBe(400);
    expect(bad.text).not.toContain('"code"');
    expect((await call(sim, "POST", "/mj/submit/imagine", { prompt: "x", botType: "DALL_E" })).status).toBe(400);
  });

  test("lifecycle reaches SUCCESS with buttons and real PNGs", async () => {
    const envelope = await submit(sim, "imagine", { prompt: "a cat", state: "st", notifyHook: "http://hook/x" });
    expect(envelope).toMatchObject({ code: 1, description: "提交成功", properties: { discordInstanceId: expect.any(String) } });
    const id = String(envelope.result);
    expect(id).toMatch(/^\d{16}$/);
    const { task, seen } = await waitForTask(sim, id, isDone);
    const inProgress = seen.find((t) => t.status === "IN_PROGRESS");
    expect(inProgress?.progress).toMatch(/^(25|50|75)%$/);
    expect(inProgress?.imageUrl).toMatch(/-(25|50|75)\.png$/);

    expect(task).toMatchObject({
      action: "IMAGINE",
      status: "SUCCESS",
      progress: "100%",
      prompt: "a cat",
      promptEn: "a cat",
      description: "/imagine a cat",
      state: "st",
      failReason: null,
      imageUrl: `${sim.url}/sim/images/${id}.png`,
      botType: "MID_JOURNEY",
      mode: "FAST",
      properties: { finalPrompt: "a cat", notifyHook: "http://hook/x", messageHash: expect.any(String) },
    });
    expect(task.startTime).toBeGreaterThanOrEqual(task.submitTime ?? 0);
    expect(task.finishTime).toBeGreaterThanOrEqual(task.startTime ?? 0);
    const hash = String(task.properties["messageHash"]);
    expect(task.buttons.map((b) => b.label)).toEqual(["U1", "U2", "U3", "U4", "", "V1", "V2", "V3", "V4"]);
    expect(task.buttons[1]).toEqual({ customId: `MJ::JOB::upsample::2::${hash}`, emoji: "", label: "U2", type: 2, style: 2 });
    expect(task.buttons[4]?.customId).toBe(`MJ::JOB::reroll::0::${hash}::SOLO`);

    for (const url of [task.imageUrl, inProgress?.imageUrl]) {
      const image = await fetch(String(url));
      expect(image.headers.get("content-type")).toBe("image/png");
      expect([...Buffer.from(await image.arrayBuffer()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    }
    expect((await fetch(`${sim.url}/sim/images/123.png`)).status).toBe(404);
  });

  test("sim:fail ends FAILURE, sim:stuck stays IN_PROGRESS", async () => {
    const failed = await imagineDone(sim, "cat sim:fail");
    expect(failed).toMatchObject({ status: "FAILURE", progress: "", failReason: "[Invalid parameter] Invalid value", buttons: [] });
    expect(failed.finishTime).not.toBeNull();
    const stuck = await submit(sim, "imagine", { prompt: "cat sim:stuck" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await fetchTask(sim, String(stuck.result))).toMatchObject({ status: "IN_PROGRESS", finishTime: null });
  });

  test("reference images are uploaded and put in front of the prompt; mode comes from the path", async () => {
    const reply = await call(sim, "POST", "/mj-relax/mj/submit/imagine", { prompt: "cat", base64Array: [PNG_DATA_URL], botType: "niji" });
    const id = String((JSON.parse(reply.text) as { result: string }).result);
    const task = sim.tasks.get(id);
    expect(task).toMatchObject({ mode: "RELAX", botType: "NIJI_JOURNEY", description: "/imagine cat" });
    const [url, ...rest] = (task?.prompt ?? "").split(" ");
    expect(rest.join(" ")).toBe("cat");
    expect([...Buffer.from(await (await fetch(String(url))).arrayBuffer()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});

describe("task endpoints", () => {
  test("fetch of an unknown id is 200 with an empty body", async () => {
    const reply = await call(sim, "GET", "/mj/task/1234567890123456/fetch");
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
  });

  test("list-by-condition skips unknown ids, accepts numeric ids, null ids give []", async () => {
    const a = String((await submit(sim, "imagine", { prompt: "a" })).result);
    const b = String((await submit(sim, "imagine", { prompt: "b" })).result);
    const reply = await call(sim, "POST", "/mj/task/list-by-condition", { ids: [a, "999", Number(b)] });
    expect((JSON.parse(reply.text) as { id: string }[]).map((t) => t.id).sort()).toEqual([a, b].sort());
    expect((await call(sim, "POST", "/mj/task/list-by-ids", { ids: null })).text).toBe("[]");
    expect((await call(sim, "POST", "/mj/task/list-by-condition", {})).text).toBe("[]");
  });

  test("queue lists unfinished oldest first, list everything newest first", async () => {
    const done = await imagineDone(sim, "first");
    const stuck1 = String((await submit(sim, "imagine", { prompt: "x sim:stuck" })).result);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const stuck2 = String((await submit(sim, "imagine", { prompt: "y sim:stuck" })).result);
    const ids = async (path: string): Promise<string[]> =>
      (JSON.parse((await call(sim, "GET", path)).text) as { id: string }[]).map((t) => t.id);
    expect(await ids("/mj/task/queue")).toEqual([stuck1, stuck2]);
    expect(await ids("/mj/task/list")).toEqual([stuck2, stuck1, done.id]);
  });

  test("image-seed: 404 unknown, 400 unfinished, seed when SUCCESS", async () => {
    const unknown = await call(sim, "GET", "/mj/task/1/image-seed");
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toEqual({ code: 3, description: "任务不存在" });
    const stuck = String((await submit(sim, "imagine", { prompt: "x sim:stuck" })).result);
    const pending = await call(sim, "GET", `/mj/task/${stuck}/image-seed`);
    expect(pending.status).toBe(400);
    expect(JSON.parse(pending.text)).toEqual({ code: 4, description: "任务未完成" });
    const done = await imagineDone(sim, "seeded");
    const seed = JSON.parse((await call(sim, "GET", `/mj/task/${done.id}/image-seed`)).text) as { code: number; result: string };
    expect(seed).toMatchObject({ code: 1, description: "成功" });
    expect(seed.result).toMatch(/^\d+$/);
  });
});
