import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startSimulator, type Simulator } from "./server.js";
import { actionDone, buttonId, call, imagineDone, isDone, PNG_DATA_URL, submit, waitForTask } from "./test-helpers.js";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ stepMs: 20 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const desc = async (name: string, body: unknown): Promise<[number, string]> => {
  const envelope = await submit(sim, name, body);
  return [envelope.code, envelope.description];
};

describe("change and simple-change", () => {
  test("errors come in the original order", async () => {
    const stuck = String((await submit(sim, "imagine", { prompt: "cat sim:stuck" })).result);
    const describeTask = String((await submit(sim, "describe", { base64: PNG_DATA_URL })).result);
    expect(await desc("change", { action: "UPSCALE", index: 1 })).toEqual([4, "taskId不能为空"]);
    expect(await desc("change", { taskId: "1", index: 1 })).toEqual([4, "action参数错误"]);
    expect(await desc("change", { taskId: "1", action: "DESCRIBE" })).toEqual([4, "action参数错误"]);
    expect((await call(sim, "POST", "/mj/submit/change", { taskId: "1", action: "JUMP" })).status).toBe(400);
    expect(await desc("change", { taskId: "1", action: "UPSCALE", index: 1 })).toEqual([3, "关联任务不存在或已失效"]);
    expect(await desc("change", { taskId: stuck, action: "UPSCALE", index: 1 })).toEqual([4, "关联任务状态错误"]);
    await waitForTask(sim, describeTask, isDone);
    expect(await desc("change", { taskId: describeTask, action: "UPSCALE", index: 1 })).toEqual([4, "关联任务不允许执行变化"]);
  });

  test("change and simple-change create follow-up tasks", async () => {
    const parent = await imagineDone(sim, "a cat");
    const up = await submit(sim, "change", { taskId: parent.id, action: "UPSCALE", index: 2, state: "mine" });
    const upscale = (await waitForTask(sim, String(up.result), isDone)).task;
    expect(upscale).toMatchObject({
      action: "UPSCALE",
      status: "SUCCESS",
      description: `/up ${parent.id} U2`,
      prompt: "a cat",
      promptEn: "a cat",
      state: "mine",
      properties: { finalPrompt: "a cat" },
    });
    expect(upscale.buttons.map((b) => b.label)).toContain("Vary (Strong)");
    expect(upscale.buttons.map((b) => b.customId)).toContain(`MJ::Outpaint::50::1::${String(upscale.properties["messageHash"])}::SOLO`);

    for (const content of [undefined, `${parent.id}`, `${parent.id} U5`, `${parent.id}  U1`, `${parent.id} X`]) {
      expect(await desc("simple-change", { content })).toEqual([4, "content参数错误"]);
    }
    expect(await desc("simple-change", { content: "1 u1" })).toEqual([3, "关联任务不存在或已失效"]);
    const reroll = await submit(sim, "simple-change", { content: `${parent.id} r` });
    expect(sim.tasks.get(String(reroll.result))).toMatchObject({ action: "REROLL", description: `/up ${parent.id} R` });
    const variation = await submit(sim, "simple-change", { content: `${parent.id} V3` });
    expect(sim.tasks.get(String(variation.result))).toMatchObject({ action: "VARIATION", description: `/up ${parent.id} V3` });
  });
});

describe("action and modal", () => {
  test("action errors and customId mapping", async () => {
    const stuck = String((await submit(sim, "imagine", { prompt: "cat sim:stuck" })).result);
    expect(await desc("action", { taskId: stuck })).toEqual([4, "参数错误"]);
    expect(await desc("action", { taskId: "1", customId: "MJ::JOB::upsample::1::x" })).toEqual([3, "关联任务不存在或已失效"]);
    expect(await desc("action", { taskId: stuck, customId: "MJ::JOB::upsample::1::x" })).toEqual([4, "关联任务状态错误"]);
    const grid = await imagineDone(sim, "a fox");
    expect(await desc("action", { taskId: grid.id, customId: "MJ::JOB::dance::1::x" })).toEqual([4, "未知的 Action 类型"]);

    const upscale = await actionDone(sim, grid.id, buttonId(grid, "U3"));
    expect(upscale).toMatchObject({ action: "UPSCALE", status: "SUCCESS", description: `/up ${grid.id} U3` });
    expect((await actionDone(sim, grid.id, buttonId(grid, "V1"))).action).toBe("VARIATION");
    expect((await actionDone(sim, grid.id, buttonId(grid, "🔄"))).action).toBe("IMAGINE");
    // Current upscales carry no 🔄, but older model versions did: it re-runs the grid's imagine.
    const upscaleReroll = `MJ::JOB::reroll::0::${String(upscale.properties["messageHash"])}::SOLO`;
    expect((await actionDone(sim, upscale.id, upscaleReroll)).action).toBe("IMAGINE");
    expect((await actionDone(sim, upscale.id, buttonId(upscale, "Vary (Strong)"))).action).toBe("VARIATION");
    expect((await actionDone(sim, upscale.id, buttonId(upscale, "Zoom Out 2x"))).action).toBe("ZOOM");
    const pan = await actionDone(sim, upscale.id, buttonId(upscale, "⬅️"));
    expect(pan.action).toBe("PAN");
    expect(pan.buttons).toHaveLength(9);
  });

  test("Vary (Region): 21 → MODAL → modal → SUCCESS", async () => {
    const grid = await imagineDone(sim, "a fox");
    const upscale = await actionDone(sim, grid.id, buttonId(grid, "U1"));
    const pending = await submit(sim, "action", { taskId: upscale.id, customId: buttonId(upscale, "Vary (Region)") });
    expect(pending).toMatchObject({ code: 21, description: "Waiting for window confirm", properties: { finalPrompt: "a fox", remix: true } });
    const id = String(pending.result);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(sim.tasks.get(id)).toMatchObject({ status: "MODAL", progress: null, action: "VARIATION" });

    expect(await desc("modal", { taskId: "1" })).toEqual([3, "关联任务不存在或已失效"]);
    expect((await submit(sim, "modal", { taskId: id })).code).toBe(4); // no mask
    expect(await submit(sim, "modal", { taskId: id, maskBase64: "iVBORw0KGgo=", prompt: "a red fox" })).toMatchObject({ code: 1, result: id });
    const done = (await waitForTask(sim, id, isDone)).task;
    expect(done).toMatchObject({ status: "SUCCESS", prompt: "a red fox", properties: { finalPrompt: "a red fox" } });
    expect(await desc("modal", { taskId: id })).toEqual([4, "关联任务状态错误"]);
  });

  test("Custom Zoom falls back to the proposed prompt", async () => {
    const grid = await imagineDone(sim, "a fox");
    const upscale = await actionDone(sim, grid.id, buttonId(grid, "U1"));
    const pending = await submit(sim, "action", { taskId: upscale.id, customId: buttonId(upscale, "Custom Zoom") });
    expect(pending.properties).toEqual({ finalPrompt: "a fox --ar 1:1 --zoom 2", remix: true });
    expect((await submit(sim, "modal", { taskId: pending.result, prompt: "a fox --zoom 3" })).code).toBe(4);
    expect((await submit(sim, "modal", { taskId: pending.result })).code).toBe(1);
    expect((await waitForTask(sim, String(pending.result), isDone)).task).toMatchObject({ action: "ZOOM", status: "SUCCESS" });
  });
});

describe("describe, blend, shorten, upload", () => {
  test("describe validation and the four suggestions", async () => {
    expect(await desc("describe", {})).toEqual([4, "base64不能为空"]);
    expect(await desc("describe", { base64: "abc" })).toEqual([4, "base64格式错误"]);
    const id = String((await submit(sim, "describe", { base64: PNG_DATA_URL })).result);
    const task = (await waitForTask(sim, id, isDone)).task;
    expect(task).toMatchObject({ action: "DESCRIBE", status: "SUCCESS", description: `/describe ${id}.png` });
    const finalPrompt = String(task.properties["finalPrompt"]);
    expect(finalPrompt).toMatch(/^1️⃣ .+ --ar 5:4\n\n2️⃣ .+\n\n3️⃣ .+\n\n4️⃣ .+$/);
    expect(task.prompt).toBe(finalPrompt);
    expect((await fetch(String(task.imageUrl))).status).toBe(200);

    const pick = await submit(sim, "action", { taskId: id, customId: "MJ::Job::PicReader::2" });
    expect(pick.code).toBe(21);
    expect(await submit(sim, "modal", { taskId: pick.result })).toMatchObject({ code: 1 });
    expect((await waitForTask(sim, String(pick.result), isDone)).task.action).toBe("IMAGINE");
  });

  test("blend validation", async () => {
    expect(await desc("blend", { base64Array: [PNG_DATA_URL] })).toEqual([4, "base64List参数错误"]);
    expect(await desc("blend", { base64Array: [PNG_DATA_URL, PNG_DATA_URL], dimensions: null })).toEqual([4, "dimensions参数错误"]);
    expect((await call(sim, "POST", "/mj/submit/blend", { base64Array: [PNG_DATA_URL, PNG_DATA_URL], dimensions: "WIDE" })).status).toBe(400);
    const id = String((await submit(sim, "blend", { base64Array: [PNG_DATA_URL, PNG_DATA_URL], dimensions: "PORTRAIT" })).result);
    const task = (await waitForTask(sim, id, isDone)).task;
    expect(task).toMatchObject({ action: "BLEND", status: "SUCCESS", description: `/blend ${id} 2` });
    expect(String(task.properties["finalPrompt"])).toMatch(/ --ar 2:3$/);
  });

  test("shorten and upload-discord-images", async () => {
    const id = String((await submit(sim, "shorten", { prompt: "a majestic lion on a hill at sunset --ar 16:9" })).result);
    const task = (await waitForTask(sim, id, isDone)).task;
    expect(String(task.properties["finalPrompt"])).toMatch(/^## Important tokens\n.+\n\n## Shortened prompts\n1️⃣ /);
    expect(task.buttons).toHaveLength(5);
    const upload = await submit(sim, "upload-discord-images", { base64Array: [PNG_DATA_URL] });
    expect(upload.code).toBe(1);
    expect(upload.result).toEqual([expect.stringContaining("/sim/attachments/")]);
  });
});
