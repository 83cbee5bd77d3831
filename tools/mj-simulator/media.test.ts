import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startSimulator, type Simulator } from "./server.js";
import type { SimTask } from "./types.js";
import { call, imagineDone, isDone, PNG_DATA_URL, PNG_SIGNATURE, submit, waitForTask } from "./test-helpers.js";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ stepMs: 20 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const IMAGE_URL = "https://cdn.example.com/cat.png";

async function done(name: string, body: unknown): Promise<SimTask> {
  const envelope = await submit(sim, name, body);
  if (envelope.code !== 1) throw new Error(`${name} rejected: ${JSON.stringify(envelope)}`);
  return (await waitForTask(sim, String(envelope.result), isDone)).task;
}

async function bytes(url: string | null | undefined): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(String(url));
  return { status: res.status, type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
}

describe("video", () => {
  test.each([
    ["no prompt", {}, "prompt不能为空"],
    ["blank prompt", { prompt: "  ", image: IMAGE_URL }, "prompt不能为空"],
    ["unknown motion", { prompt: "x", motion: "medium" }, "motion参数错误"],
    ["unknown videoType", { prompt: "x", videoType: "vid_2_1080" }, "videoType参数错误"],
    ["batch of 3", { prompt: "x", batchSize: 3 }, "batchSize参数错误"],
    ["image neither URL nor data URL", { prompt: "x", image: "ftp://cdn/cat.png" }, "image格式错误"],
    ["bad endImage", { prompt: "x", endImage: "data:image/png;base64,@@" }, "endImage格式错误"],
    ["unknown action", { prompt: "x", action: "shrink" }, "action参数错误"],
    ["extend without taskId", { action: "extend", index: 0 }, "taskId不能为空"],
    ["extend without index", { action: "extend", taskId: "1" }, "index参数错误"],
    ["extend index 4", { action: "extend", taskId: "1", index: 4 }, "index参数错误"],
  ])("%s → code 4", async (_name, body, message) => {
    const envelope = await submit(sim, "video", body);
    expect(envelope).toMatchObject({ code: 4, result: null });
    expect(envelope.description).toContain(message);
    expect(sim.tasks.size).toBe(0);
  });

  test("wrongly typed fields get a plain 400; an unknown extend target code 3", async () => {
    for (const body of [{ prompt: "x", loop: "yes" }, { prompt: "x", batchSize: "two" }, { prompt: "x", image: { url: IMAGE_URL } }]) {
      const reply = await call(sim, "POST", "/mj/submit/video", body);
      expect(reply.status).toBe(400);
      expect(reply.text).not.toContain('"code"');
    }
    expect(await submit(sim, "video", { action: "extend", taskId: "1", index: 0 })).toMatchObject({ code: 3, description: "目标任务不存在" });
  });

  test("image to video: the lifecycle ends with videoUrl, videoUrls [{url}] and a preview frame", async () => {
    const reply = await call(sim, "POST", "/mj-relax/mj/submit/video", {
      prompt: "a cat walking",
      image: PNG_DATA_URL,
      motion: "HIGH",
      loop: true,
      batchSize: 2,
      state: "s1",
    });
    const envelope = JSON.parse(reply.text) as { code: number; result: string };
    expect(envelope.code).toBe(1);
    const { task, seen } = await waitForTask(sim, envelope.result, isDone);
    expect(seen.find((t) => t.status === "IN_PROGRESS")).toMatchObject({ videoUrl: null, videoUrls: null });

    const video = `${sim.url}/sim/videos/${task.id}.mp4`;
    expect(task).toMatchObject({
      action: "VIDEO",
      status: "SUCCESS",
      prompt: "a cat walking",
      description: "/video a cat walking",
      state: "s1",
      mode: "RELAX",
      imageUrl: `${sim.url}/sim/images/${task.id}.png`,
      videoUrl: video,
      videoUrls: [{ url: video }, { url: `${sim.url}/sim/videos/${task.id}-1.mp4` }],
      buttons: [],
    });
    const [attachment, ...rest] = (task.promptEn ?? "").split(" ");
    expect(attachment).toContain("/sim/attachments/");
    expect(rest.join(" ")).toBe("a cat walking --video 1 --end loop --motion high --bs 2");
    expect(task.properties["finalPrompt"]).toBe(task.promptEn);

    const first = await bytes(task.videoUrls?.[0]?.url);
    const second = await bytes(task.videoUrls?.[1]?.url);
    expect(first).toMatchObject({ status: 200, type: "video/mp4" });
    expect(first.body.toString("latin1", 4, 8)).toBe("ftyp");
    expect(second.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(false);
    expect((await bytes(`${sim.url}/sim/videos/${task.id}-2.mp4`)).status).toBe(404); // a batch of two
    expect((await bytes(`${sim.url}/sim/videos/123.mp4`)).status).toBe(404);
    const frame = await bytes(task.imageUrl);
    expect([...frame.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect((await bytes(attachment)).status).toBe(200);
  });

  test("an image URL is used as given; the batch defaults to four; mode from the prompt", async () => {
    const task = await done("video", { prompt: "waves --relax", image: IMAGE_URL, endImage: "https://cdn.example.com/end.png" });
    expect(task.promptEn).toBe(`${IMAGE_URL} waves --relax --video 1 --end https://cdn.example.com/end.png --motion low`);
    expect(task.videoUrls).toHaveLength(4);
    expect(task.mode).toBe("RELAX");
    expect((await bytes(task.videoUrls?.[3]?.url)).status).toBe(200);
  });

  test("extend continues one video of a finished batch", async () => {
    const parent = await done("video", { prompt: "a kite", image: IMAGE_URL, batchSize: 2 });
    const stuck = String((await submit(sim, "video", { prompt: "x sim:stuck", image: IMAGE_URL })).result);
    const grid = await imagineDone(sim, "not a video");
    expect((await submit(sim, "video", { action: "extend", taskId: stuck, index: 0 })).description).toBe("关联任务状态错误");
    expect((await submit(sim, "video", { action: "extend", taskId: grid.id, index: 0 })).description).toBe("关联任务不是视频任务");
    expect((await submit(sim, "video", { action: "extend", taskId: parent.id, index: 2 })).description).toContain("index参数错误");

    const extended = await done("video", { action: "extend", taskId: parent.id, index: 1, motion: "high", batchSize: 1 });
    expect(extended).toMatchObject({ action: "VIDEO_EXTEND", status: "SUCCESS", prompt: "a kite", mode: parent.mode });
    expect(extended.promptEn).toBe(`${parent.videoUrls?.[1]?.url} a kite --video 1 --motion high --bs 1`);
    expect(extended.videoUrls).toEqual([{ url: `${sim.url}/sim/videos/${extended.id}.mp4` }]);
    const again = await done("video", { action: "extend", taskId: extended.id, index: 0, prompt: "higher" });
    expect(again).toMatchObject({ action: "VIDEO_EXTEND", prompt: "higher", description: "/video higher" });
  });
});

describe("prompt triggers on video and edits", () => {
  test.each(["video", "edits"])("%s", async (name) => {
    const body = (prompt: string): Record<string, string> => ({ prompt, image: IMAGE_URL });
    expect(await submit(sim, name, body("a gore scene"))).toMatchObject({ code: 24, properties: { bannedWord: "gore" } });
    expect(await submit(sim, name, body("x sim:no-account"))).toMatchObject({ code: 3, result: null });
    expect(await submit(sim, name, body("x sim:queue-full"))).toMatchObject({ code: 23, result: null });
    expect(sim.tasks.size).toBe(0);
    const queued = await submit(sim, name, body("x sim:queued"));
    expect(queued).toMatchObject({ code: 22, properties: { numberOfQueues: 1 } });
    expect((await waitForTask(sim, String(queued.result), isDone)).task.status).toBe("SUCCESS");
    const failed = await done(name, body("x sim:fail"));
    expect(failed).toMatchObject({ status: "FAILURE", failReason: "[Invalid parameter] Invalid value" });
  });
});

describe("edits", () => {
  test("validation, then a grid; /submit/edit is an alias", async () => {
    expect(await submit(sim, "edits", { image: IMAGE_URL })).toMatchObject({ code: 4, description: "prompt不能为空" });
    expect(await submit(sim, "edits", { prompt: "red hat" })).toMatchObject({ code: 4, description: "image不能为空" });
    expect((await submit(sim, "edit", { prompt: "red hat", image: "cat.png" })).description).toContain("image格式错误");

    const task = await done("edits", { prompt: "give it a red hat", image: IMAGE_URL });
    expect(task).toMatchObject({
      action: "EDIT",
      status: "SUCCESS",
      prompt: "give it a red hat",
      promptEn: `${IMAGE_URL} give it a red hat`,
      description: "/edits give it a red hat",
      imageUrl: `${sim.url}/sim/images/${task.id}.png`,
    });
    expect(task.buttons.map((b) => b.label)).toEqual(["U1", "U2", "U3", "U4", "", "V1", "V2", "V3", "V4"]);
    const viaAlias = await done("edit", { prompt: "blue hat", image: PNG_DATA_URL });
    expect(viaAlias.action).toBe("EDIT");
    expect(viaAlias.promptEn).toMatch(/\/sim\/attachments\/.+ blue hat$/);
  });
});

describe("insight-face swap", () => {
  const swap = async (body: unknown) => JSON.parse((await call(sim, "POST", "/mj/insight-face/swap", body)).text) as Record<string, unknown>;

  test.each([
    ["nothing", {}, "人脸图片不能为空"],
    ["no target", { sourceUrl: IMAGE_URL }, "目标图片不能为空"],
    ["same URLs", { sourceUrl: IMAGE_URL, targetUrl: IMAGE_URL }, "人脸图片和目标图片不能相同"],
    ["same data", { sourceBase64: PNG_DATA_URL, targetBase64: PNG_DATA_URL }, "人脸图片和目标图片不能相同"],
    ["base64 that is not a data URL", { sourceBase64: "abc", targetUrl: IMAGE_URL }, "图片格式错误"],
    ["url that is not http", { sourceBase64: PNG_DATA_URL, targetUrl: "file:///etc/passwd" }, "图片格式错误"],
  ])("%s → code 4", async (_name, body, message) => {
    const envelope = await swap(body);
    expect(envelope).toMatchObject({ code: 4, result: null });
    expect(String(envelope["description"])).toContain(message);
    expect(sim.tasks.size).toBe(0);
  });

  test("a swap runs as SWAP_FACE and ends with an image", async () => {
    const envelope = await swap({ sourceBase64: PNG_DATA_URL, targetUrl: IMAGE_URL, state: "face" });
    expect(envelope).toMatchObject({ code: 1, description: "提交成功" });
    const task = (await waitForTask(sim, String(envelope["result"]), isDone)).task;
    expect(task).toMatchObject({
      action: "SWAP_FACE",
      status: "SUCCESS",
      botType: "INSIGHT_FACE",
      state: "face",
      imageUrl: `${sim.url}/sim/images/${task.id}.png`,
      buttons: [],
      properties: { targetUrl: IMAGE_URL, sourceUrl: expect.stringContaining("/sim/attachments/") },
    });
    expect((await bytes(String(task.properties["sourceUrl"]))).status).toBe(200);
  });
});

describe("upload-discord-images", () => {
  test("answers at once with served URLs and makes no task", async () => {
    expect(await submit(sim, "upload-discord-images", {})).toEqual({ code: 4, description: "base64 参数错误", result: null, properties: {} });
    expect((await submit(sim, "upload-discord-images", { base64Array: [] })).code).toBe(4);
    expect(await submit(sim, "upload-discord-images", { base64Array: [PNG_DATA_URL, "nope"] })).toMatchObject({ code: 4, description: "base64格式错误" });
    expect((await call(sim, "POST", "/mj/submit/upload-discord-images", { base64Array: "x" })).status).toBe(400);

    const jpeg = `data:image/jpeg;base64,${Buffer.from("not really a jpeg").toString("base64")}`;
    const upload = await submit(sim, "upload-discord-images", { base64Array: [PNG_DATA_URL, jpeg] });
    expect(upload).toMatchObject({ code: 1, description: "提交成功", properties: {} });
    const urls = upload.result as string[];
    expect(urls).toEqual([expect.stringMatching(/\/sim\/attachments\/.+\.png$/), expect.stringMatching(/\.jpg$/)]);
    const [png, jpg] = await Promise.all(urls.map(bytes));
    expect(png).toMatchObject({ status: 200, type: "image/png" });
    expect([...(png?.body.subarray(0, 8) ?? [])]).toEqual(PNG_SIGNATURE);
    expect(jpg?.body.toString()).toBe("not really a jpeg");
    expect(sim.tasks.size).toBe(0);
  });
});

describe("the new endpoints behave like the others", () => {
  const ENDPOINTS: [string, Record<string, unknown>][] = [
    ["/mj/submit/video", { prompt: "a wave", image: IMAGE_URL }],
    ["/mj/submit/edits", { prompt: "a hat", image: IMAGE_URL }],
    ["/mj/submit/edit", { prompt: "a hat", image: IMAGE_URL }],
    ["/mj/insight-face/swap", { sourceUrl: IMAGE_URL, targetUrl: "https://cdn.example.com/b.png" }],
    ["/mj/submit/upload-discord-images", { base64Array: [PNG_DATA_URL] }],
  ];

  test("they need mj-api-secret and take the /mj-turbo prefix", async () => {
    const locked = await startSimulator({ stepMs: 20, secret: "k" });
    try {
      for (const [path, body] of ENDPOINTS) {
        const refused = await call(locked, "POST", path, body);
        expect(refused.status).toBe(401);
        expect(refused.body.length).toBe(0);
        const reply = await call(locked, "POST", path.replace("/mj/", "/mj-turbo/mj/"), body, { "mj-api-secret": "k" });
        const envelope = JSON.parse(reply.text) as { code: number; result: unknown };
        expect(envelope.code).toBe(1);
        if (typeof envelope.result === "string") expect(locked.tasks.get(envelope.result)?.mode).toBe("TURBO");
      }
      expect(locked.tasks.size).toBe(4);
      expect((await call(locked, "GET", "/mj/insight-face/swap", undefined, { "mj-api-secret": "k" })).status).toBe(405);
    } finally {
      await locked.close();
    }
  });

  test("they honour the submit faults", async () => {
    sim.faults = { submitCode: 9, remaining: ENDPOINTS.length };
    for (const [path, body] of ENDPOINTS) {
      expect(JSON.parse((await call(sim, "POST", path, body)).text)).toEqual({ code: 9, description: "提交失败，系统异常", result: null, properties: {} });
    }
    expect(sim.tasks.size).toBe(0);
    sim.faults = { submitHttpStatus: 502, remaining: 1 };
    const bad = await call(sim, "POST", "/mj/insight-face/swap", ENDPOINTS[3]?.[1]);
    expect(bad).toMatchObject({ status: 502, contentType: "text/html" });
    sim.faults = { submitCode: 22, remaining: 1 };
    expect(await submit(sim, "video", ENDPOINTS[0]?.[1])).toMatchObject({ code: 22, properties: { numberOfQueues: 1 } });
  });
});
