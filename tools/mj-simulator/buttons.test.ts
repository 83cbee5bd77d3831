import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { numberedLine } from "./prompt-rules.js";
import { startSimulator, type Simulator } from "./server.js";
import type { SimTask } from "./types.js";
import { actionDone, buttonId, call, fetchTask, imagineDone, isDone, PNG_DATA_URL, submit, waitForTask } from "./test-helpers.js";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ stepMs: 20 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

async function upscaled(prompt = "a fox"): Promise<SimTask> {
  const grid = await imagineDone(sim, prompt);
  return actionDone(sim, grid.id, buttonId(grid, "U2"));
}

async function submitted(name: string, body: unknown): Promise<SimTask> {
  const envelope = await submit(sim, name, body);
  return (await waitForTask(sim, String(envelope.result), isDone)).task;
}

describe("upscale buttons", () => {
  test("an upscale offers HD upscales, vary, zoom, pan, animate and favourite", async () => {
    const upscale = await upscaled();
    const hash = String(upscale.properties["messageHash"]);
    expect(upscale.buttons.map((b) => b.customId)).toEqual([
      `MJ::JOB::upsample_v6_2x_subtle::1::${hash}::SOLO`,
      `MJ::JOB::upsample_v6_2x_creative::1::${hash}::SOLO`,
      `MJ::JOB::high_variation::1::${hash}::SOLO`,
      `MJ::JOB::low_variation::1::${hash}::SOLO`,
      `MJ::Inpaint::1::${hash}::SOLO`,
      `MJ::Outpaint::50::1::${hash}::SOLO`,
      `MJ::Outpaint::75::1::${hash}::SOLO`,
      `MJ::CustomZoom::${hash}`,
      `MJ::JOB::pan_left::1::${hash}::SOLO`,
      `MJ::JOB::pan_right::1::${hash}::SOLO`,
      `MJ::JOB::pan_up::1::${hash}::SOLO`,
      `MJ::JOB::pan_down::1::${hash}::SOLO`,
      `MJ::JOB::animate_high::1::${hash}::SOLO`,
      `MJ::JOB::animate_low::1::${hash}::SOLO`,
      `MJ::BOOKMARK::${hash}`,
    ]);
    expect(upscale.buttons.every((b) => b.type === 2 && b.style === 2)).toBe(true);
  });

  test("Upscale (Subtle) and (Creative) run UPSCALE_HD, which offers the same buttons", async () => {
    const upscale = await upscaled();
    const subtle = await actionDone(sim, upscale.id, buttonId(upscale, "Upscale (Subtle)"));
    expect(subtle).toMatchObject({ action: "UPSCALE_HD", status: "SUCCESS", description: `/up ${upscale.id} Upscale (Subtle)`, prompt: "a fox" });
    expect(subtle.buttons.map((b) => b.label)).toContain("Upscale (Creative)");
    const creative = await actionDone(sim, subtle.id, buttonId(subtle, "Upscale (Creative)"));
    expect(creative).toMatchObject({ action: "UPSCALE_HD", description: `/up ${subtle.id} Upscale (Creative)` });
  });

  test("Animate (High/Low motion) start a four-video VIDEO task from the upscaled image", async () => {
    const upscale = await upscaled("a fox in snow");
    for (const [label, motion] of [["Animate (High motion)", "high"], ["Animate (Low motion)", "low"]] as const) {
      const video = await actionDone(sim, upscale.id, buttonId(upscale, label));
      expect(video).toMatchObject({ action: "VIDEO", status: "SUCCESS", prompt: "a fox in snow", mode: upscale.mode });
      expect(video.promptEn).toBe(`${upscale.imageUrl} a fox in snow --video 1 --motion ${motion}`);
      expect(video.properties["finalPrompt"]).toBe(video.promptEn);
      expect(video.videoUrls).toHaveLength(4);
      expect(video.videoUrl).toBe(video.videoUrls?.[0]?.url);
      const mp4 = await fetch(String(video.videoUrl));
      expect(mp4.headers.get("content-type")).toBe("video/mp4");
    }
  });

  test("favourite answers at once with the pressed task's id and starts nothing", async () => {
    const upscale = await upscaled();
    const before = sim.tasks.size;
    expect(await submit(sim, "action", { taskId: upscale.id, customId: buttonId(upscale, "❤️") })).toEqual({
      code: 1,
      description: "成功",
      result: upscale.id,
      properties: {},
    });
    expect(sim.tasks.size).toBe(before);
  });
});

describe("describe and shorten suggestions", () => {
  test("describe offers PicReader 1–4 and Retry; Retry describes the same image again", async () => {
    const described = await submitted("describe", { base64: PNG_DATA_URL });
    expect(described.buttons.map((b) => b.customId)).toEqual([
      "MJ::Job::PicReader::1",
      "MJ::Job::PicReader::2",
      "MJ::Job::PicReader::3",
      "MJ::Job::PicReader::4",
      "MJ::Picread::Retry",
    ]);
    const retry = await submit(sim, "action", { taskId: described.id, customId: "MJ::Picread::Retry" });
    expect(retry.code).toBe(1);
    expect(sim.tasks.get(String(retry.result))).toMatchObject({ action: "DESCRIBE", prompt: null, imageUrl: described.imageUrl });
    const again = (await waitForTask(sim, String(retry.result), isDone)).task;
    expect(again).toMatchObject({ action: "DESCRIBE", status: "SUCCESS", imageUrl: described.imageUrl, description: described.description });
    expect(String(again.properties["finalPrompt"])).toMatch(/^1️⃣ .+\n\n2️⃣ /);
    expect(again.buttons).toHaveLength(5);
  });

  test("shorten carries finalPrompt and a Chinese finalZhPrompt", async () => {
    const shortened = await submitted("shorten", { prompt: "a majestic lion resting on a hill at sunset --ar 16:9" });
    expect(String(shortened.properties["finalPrompt"])).toMatch(/^## Important tokens\n.+\n\n## Shortened prompts\n1️⃣ majestic lion/);
    expect(String(shortened.properties["finalZhPrompt"])).toMatch(/^## 重要词元\n.+\n\n## 精简后的提示词\n1️⃣ majestic lion/);
    expect(shortened.buttons.map((b) => b.customId)).toEqual([1, 2, 3, 4, 5].map((n) => `MJ::Job::PromptAnalyzer::${n}`));
  });

  test.each([
    ["PromptAnalyzer", "shorten", { prompt: "a majestic lion resting on a hill at sunset" }, "MJ::Job::PromptAnalyzer::2"],
    ["PicReader", "describe", { base64: PNG_DATA_URL }, "MJ::Job::PicReader::3"],
  ])("%s: 21, then modal continues the same task, which keeps its prompt, into an IMAGINE", async (_name, endpoint, body, customId) => {
    const parent = await submitted(endpoint, body);
    const suggestion = numberedLine(parent.properties["finalPrompt"], Number(customId.at(-1)));
    expect(suggestion).toBeTruthy();

    const pending = await call(sim, "POST", "/mj-relax/mj/submit/action", { taskId: parent.id, customId });
    const envelope = JSON.parse(pending.text) as { code: number; result: string; properties: Record<string, unknown> };
    expect(envelope).toMatchObject({ code: 21, description: "Waiting for window confirm", properties: { finalPrompt: suggestion, remix: true } });
    const id = envelope.result;
    expect(await fetchTask(sim, id)).toMatchObject({ status: "MODAL", action: "IMAGINE", prompt: suggestion, mode: "RELAX" });

    expect(await submit(sim, "modal", { taskId: id })).toMatchObject({ code: 1, result: id });
    const done = (await waitForTask(sim, id, isDone)).task;
    expect(done).toMatchObject({ id, action: "IMAGINE", status: "SUCCESS", prompt: suggestion, description: `/imagine ${suggestion}`, mode: "RELAX" });
    expect(done.buttons.map((b) => b.label)).toContain("U1");
  });

  test("a modal prompt replaces the suggestion and its triggers apply", async () => {
    const parent = await submitted("shorten", { prompt: "a quiet harbour at dawn" });
    const pending = await submit(sim, "action", { taskId: parent.id, customId: "MJ::Job::PromptAnalyzer::1" });
    expect(await submit(sim, "modal", { taskId: pending.result, prompt: "a harbour sim:fail" })).toMatchObject({ code: 1, result: pending.result });
    expect((await waitForTask(sim, String(pending.result), isDone)).task).toMatchObject({ status: "FAILURE", prompt: "a harbour sim:fail" });
    expect((await submit(sim, "action", { taskId: parent.id, customId: "MJ::Job::PromptAnalyzer::6" })).description).toBe("未知的 Action 类型");
  });
});
