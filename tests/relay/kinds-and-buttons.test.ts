// The submit kinds browser clients of midjourney-proxy Plus use (video, edits, face swap,
// upload) and every button form: priced by their action, refunded like the rest, results
// (videos too) forwarded through the gateway; follow-ups keep their prompt and mode.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as video } from "../../app/mj/submit/video/route";
import { POST as edits } from "../../app/mj/submit/edits/route";
import { POST as edit } from "../../app/mj/submit/edit/route";
import { POST as swap } from "../../app/mj/insight-face/swap/route";
import { POST as upload } from "../../app/mj/submit/upload-discord-images/route";
import { POST as describeRoute } from "../../app/mj/submit/describe/route";
import { POST as shorten } from "../../app/mj/submit/shorten/route";
import { POST as action } from "../../app/mj/submit/action/route";
import { POST as modal } from "../../app/mj/submit/modal/route";
import { GET as fetchTask } from "../../app/mj/task/[id]/fetch/route";
import { GET as streamVideo } from "../../app/mj/video/[id]/route";
import { GET as mjSelf } from "../../app/api/mj/self/route";
import { getDb } from "../../lib/db";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { actionForCustomId, modelForAction } from "../../lib/relay/actions";
import { asUser, bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator, TINY_PNG as PNG } from "../support/fixtures";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim);
});
afterAll(async () => sim.close());

async function account(quota = 10_000_000) {
  const user = await makeUser({ quota });
  const { key, id: tokenId } = await makeKey(user.id);
  return { user, key, tokenId };
}

const fetchOne = async (key: string, id: string) => (await callRoute(fetchTask, { path: "/x", headers: bearer(key), params: { id } })).body;
const settled = async (key: string, id: string) =>
  until(async () => (await pollAllChannels(), fetchOne(key, id)), (t) => ["SUCCESS", "FAILURE", "MODAL"].includes(t.status), 20_000);
const quotaOf = (usd: number) => Math.round(usd * 500_000);
/** An imagine, then U1 on it: the finished upscale, whose buttons are the Plus/trueai ones. */
const upscaledTask = async (key: string, prompt: string) => {
  const grid = await settled(key, (await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt } })).body.result);
  return settled(key, (await callRoute(action, { path: "", headers: bearer(key), body: { taskId: grid.id, customId: grid.buttons[0].customId } })).body.result);
};

describe("new submit kinds", () => {
  test.each([
    ["video", video, { prompt: "a drifting cloud", image: PNG, motion: "high" }, 0.8, "VIDEO"],
    ["edits", edits, { prompt: "make it blue", image: PNG }, 0.1, "EDITS"],
    ["edit (alias)", edit, { prompt: "make it red", image: "https://example.com/cat.png" }, 0.1, "EDITS"],
    ["insight-face/swap", swap, { sourceBase64: PNG, targetUrl: "https://example.com/target.png" }, 0.05, "SWAP_FACE"],
  ])("%s is relayed, charged at its price and polled to SUCCESS", async (_name, route, body, usd, actionName) => {
    const { user, key, tokenId } = await account();
    const res = await callRoute(route, { path: "", headers: bearer(key), body });
    expect(res.body).toMatchObject({ code: 1, result: expect.any(String) });
    const done = await settled(key, res.body.result);
    expect(done).toMatchObject({ status: "SUCCESS", action: actionName });
    expect(await balances(user.id, tokenId)).toMatchObject({ quota: 10_000_000 - quotaOf(usd), used: quotaOf(usd) });
    expect(await loggedSpend(user.id)).toBe(quotaOf(usd));
  });

  test("a finished video is forwarded through the gateway (videoUrl, videoUrls; video_url, video_urls in /api/mj/self)", async () => {
    const { user, key } = await account();
    const res = await callRoute(video, { path: "", headers: bearer(key), body: { prompt: "waves", image: PNG, batchSize: 2 } });
    const done = await settled(key, res.body.result);
    expect(done.videoUrl).toMatch(new RegExp(`/mj/video/${done.id}\\?sig=[\\w-]+&n=0$`));
    expect(done.videoUrls).toHaveLength(2);
    expect(done.videoUrls[1].url).toMatch(/&n=1$/);
    expect(JSON.stringify([done.imageUrl, done.videoUrl, done.videoUrls])).not.toContain(sim.url);
    // Links are relative here: no PUBLIC_URL or ServerAddress is configured.
    const streamed = await streamVideo(new Request(new URL(done.videoUrls[1].url, "http://gateway.test")), { params: Promise.resolve({ id: done.id }) });
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get("content-type")).toBe("video/mp4");
    expect(Buffer.from(await streamed.arrayBuffer()).subarray(4, 8).toString()).toBe("ftyp");
    const ranged = await streamVideo(new Request(new URL(done.videoUrl, "http://gateway.test"), { headers: { range: "bytes=0-7" } }), { params: Promise.resolve({ id: done.id }) });
    expect([200, 206]).toContain(ranged.status);

    const list = await callRoute(mjSelf, { path: `/api/mj/self?mj_id=${done.id}`, headers: asUser(user) });
    const item = list.body.data.items[0];
    expect(item.video_url).toBe(done.videoUrl);
    expect(JSON.parse(item.video_urls)).toEqual(done.videoUrls);
  });

  test("a failed video is refunded once", async () => {
    const { user, key, tokenId } = await account();
    const res = await callRoute(video, { path: "", headers: bearer(key), body: { prompt: "sim:fail please", image: PNG } });
    expect((await settled(key, res.body.result)).status).toBe("FAILURE");
    await pollAllChannels();
    expect(await balances(user.id, tokenId)).toMatchObject({ quota: 10_000_000, used: 0 });
    expect(await loggedSpend(user.id)).toBe(0);
  });

  test("upload answers the URLs at once, is charged, and stays a finished task", async () => {
    const { user, key } = await account();
    const res = await callRoute(upload, { path: "", headers: bearer(key), body: { base64Array: [PNG, PNG] } });
    expect(res.body).toMatchObject({ code: 1, result: [expect.stringMatching(/^http/), expect.stringMatching(/^http/)] });
    expect(await balances(user.id)).toMatchObject({ quota: 10_000_000 - quotaOf(0.05) });
    const row = await getDb().task.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ action: "UPLOAD", status: "SUCCESS", progress: "100%", modelName: "mj_upload" });
    expect(row.mjId).toMatch(/^\d{16}$/);
  });

  test.each([
    ["video without prompt or image", video, { motion: "low" }, /prompt or image/],
    ["video with a bad motion", video, { prompt: "x", motion: "fast" }, /motion/],
    ["video extend without taskId", video, { action: "extend" }, /taskId/],
    ["video with an SVG image", video, { prompt: "x", image: "data:image/svg+xml;base64,PHN2Zz4=" }, /image/],
    ["edits without image", edits, { prompt: "x" }, /image/],
    ["edits with a javascript: URL", edits, { prompt: "x", image: "javascript:alert(1)" }, /image/],
    ["swap without a source", swap, { targetUrl: "https://example.com/t.png" }, /source/],
    ["swap without a target", swap, { sourceBase64: PNG }, /target/],
    ["swap with an HTML data URL", swap, { sourceBase64: "data:text/html;base64,PHNjcmlwdD4=", targetBase64: PNG }, /sourceBase64/],
    ["upload with nothing", upload, { base64Array: [] }, /base64Array/],
    ["upload with a non-image", upload, { base64Array: ["data:text/plain;base64,aGk="] }, /base64Array/],
  ])("%s: code 4, HTTP 400, nothing charged or sent upstream", async (_name, route, body, message) => {
    const { user, key } = await account();
    const before = sim.requests.length;
    const res = await callRoute(route, { path: "", headers: bearer(key), body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(message) });
    expect(sim.requests.length).toBe(before);
    expect((await balances(user.id)).quota).toBe(10_000_000);
  });
});

describe("button customIds", () => {
  test.each([
    ["MJ::JOB::upsample::1::abc", "UPSCALE"],
    ["MJ::JOB::upsample_v6_2x_subtle::1::abc::SOLO", "UPSCALE"],
    ["MJ::JOB::upsample_v6_2x_creative::1::abc::SOLO", "UPSCALE"],
    ["MJ::JOB::variation::2::abc", "VARIATION"],
    ["MJ::JOB::reroll::0::abc::SOLO", "REROLL"],
    ["MJ::JOB::high_variation::1::abc::SOLO", "HIGH_VARIATION"],
    ["MJ::JOB::low_variation::1::abc::SOLO", "LOW_VARIATION"],
    ["MJ::Outpaint::50::1::abc::SOLO", "ZOOM"],
    ["MJ::CustomZoom::abc", "CUSTOM_ZOOM"],
    ["MJ::Inpaint::1::abc::SOLO", "INPAINT"],
    ["MJ::JOB::pan_left::1::abc::SOLO", "PAN"],
    ["MJ::Job::PicReader::1", "IMAGINE"],
    ["MJ::Picread::Retry", "DESCRIBE"],
    ["MJ::Job::PromptAnalyzer::1", "IMAGINE"],
    ["MJ::BOOKMARK::abc", "BOOKMARK"],
    ["MJ::JOB::animate_high::1::abc::SOLO", "VIDEO"],
    ["MJ::Something::New::1", "IMAGINE"],
  ])("%s runs %s", (customId, expected) => {
    expect(actionForCustomId(customId)).toBe(expected);
  });

  test("an unknown form is relayed to the upstream and charged at the imagine price", async () => {
    // A bare upstream that accepts any submit, to see what the gateway forwards and charges.
    const seen: { path: string; body: string }[] = [];
    const upstream = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        seen.push({ path: req.url ?? "", body });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ code: 1, description: "ok", result: `9${Date.now()}`, properties: {} }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const channel = await makeChannel({ url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` }, { group: "unknown-buttons" });
    const user = await makeUser({ quota: 1_000_000, group: "unknown-buttons" });
    const { getOptions, setOption } = await import("../../lib/options/options");
    await setOption("GroupRatio", JSON.stringify({ ...JSON.parse((await getOptions()).GroupRatio), "unknown-buttons": 1 }));
    const { key } = await makeKey(user.id);
    await getDb().task.create({ data: { mjId: "parent-x", userId: user.id, channelId: channel.id, action: "IMAGINE", status: "SUCCESS", submitTime: BigInt(Date.now()) } });
    const res = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: "parent-x", customId: "MJ::Brand::New::1::abc" } });
    expect(res.body.code).toBe(1);
    expect(seen.at(-1)).toMatchObject({ path: "/mj/submit/action" });
    expect(JSON.parse(seen.at(-1)!.body)).toMatchObject({ taskId: "parent-x", customId: "MJ::Brand::New::1::abc" });
    expect((await balances(user.id)).quota).toBe(1_000_000 - quotaOf(0.1));
    expect(modelForAction(actionForCustomId("MJ::Brand::New::1::abc"))).toBe("mj_imagine");
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });
});

describe("flows through buttons and modals", () => {
  test("describe → pick a prompt (PicReader, 21 MODAL) → modal: one task id, its prompt kept, charged once", async () => {
    const { user, key } = await account();
    const described = await settled(key, (await callRoute(describeRoute, { path: "", headers: bearer(key), body: { base64: PNG } })).body.result);
    expect(described.buttons.map((b: { customId: string }) => b.customId)).toEqual(expect.arrayContaining(["MJ::Job::PicReader::1", "MJ::Picread::Retry"]));
    const spentOnDescribe = (await balances(user.id)).used;

    const pick = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: described.id, customId: "MJ::Job::PicReader::2" } });
    expect(pick.body.code).toBe(21);
    const waiting = await fetchOne(key, pick.body.result);
    expect(waiting).toMatchObject({ status: "MODAL", action: "IMAGINE" });
    expect(waiting.prompt).not.toBe("");

    const confirm = await callRoute(modal, { path: "", headers: bearer(key), body: { taskId: pick.body.result } });
    expect(confirm.body).toMatchObject({ code: 1, result: pick.body.result });
    const done = await settled(key, pick.body.result);
    expect(done).toMatchObject({ status: "SUCCESS", prompt: waiting.prompt });
    expect((await balances(user.id)).used - spentOnDescribe).toBe(quotaOf(0.1));
    expect(await loggedSpend(user.id)).toBe((await balances(user.id)).used);
  });

  test("shorten → PromptAnalyzer → modal runs an IMAGINE; the Chinese rendering is passed on", async () => {
    const { key } = await account();
    const shortened = await settled(key, (await callRoute(shorten, { path: "", headers: bearer(key), body: { prompt: "a very long prompt about a red fox in snow" } })).body.result);
    expect(shortened.properties.finalZhPrompt).toEqual(expect.any(String));
    const pick = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: shortened.id, customId: "MJ::Job::PromptAnalyzer::1" } });
    expect(pick.body.code).toBe(21);
    const confirm = await callRoute(modal, { path: "", headers: bearer(key), body: { taskId: pick.body.result, prompt: "a red fox in snow" } });
    expect(confirm.body.code).toBe(1);
    expect(await settled(key, pick.body.result)).toMatchObject({ status: "SUCCESS", action: "IMAGINE", prompt: "a red fox in snow" });
  });

  test("custom zoom: the button is free, the modal is charged as mj_modal", async () => {
    const { user, key } = await account();
    const upscaled = await upscaledTask(key, "zoom fox");
    const zoomButton = upscaled.buttons.find((b: { customId: string }) => b.customId.startsWith("MJ::CustomZoom::"));
    const before = (await balances(user.id)).used;
    const pick = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: upscaled.id, customId: zoomButton.customId } });
    expect(pick.body.code).toBe(21);
    expect((await balances(user.id)).used).toBe(before);
    await callRoute(modal, { path: "", headers: bearer(key), body: { taskId: pick.body.result, prompt: "zoom fox --ar 1:1 --zoom 2" } });
    expect((await balances(user.id)).used - before).toBe(quotaOf(0.1));
  });

  test("a follow-up keeps the speed mode of the task it follows", async () => {
    const { key } = await account();
    const relaxImagine = await callRoute(imagine, { path: "/mj/submit/imagine?__mode=relax", headers: bearer(key), body: { prompt: "slow fox" } });
    const grid = await settled(key, relaxImagine.body.result);
    expect(grid.mode).toBe("RELAX");
    const upscale = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: grid.id, customId: grid.buttons[0].customId } });
    expect(sim.requests.filter((r) => r.path.endsWith("/submit/action")).at(-1)?.path).toBe("/mj-relax/mj/submit/action");
    expect((await fetchOne(key, upscale.body.result)).mode).toBe("RELAX");
  });

  test("bookmark runs no job: code 1 with the pressed task's id, no new task, nothing charged", async () => {
    const { user, key } = await account();
    const upscaled = await upscaledTask(key, "keep me");
    const bookmark = upscaled.buttons.find((b: { customId: string }) => b.customId.startsWith("MJ::BOOKMARK::"));
    const before = await balances(user.id);
    const tasks = await getDb().task.count({ where: { userId: user.id } });
    const res = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: upscaled.id, customId: bookmark.customId } });
    expect(res.body).toMatchObject({ code: 1, result: upscaled.id });
    expect(await getDb().task.count({ where: { userId: user.id } })).toBe(tasks);
    expect(await balances(user.id)).toEqual(before);
    expect((await fetchOne(key, upscaled.id)).status).toBe("SUCCESS");
  });

  test("animate on an upscale starts a VIDEO priced as mj_video", async () => {
    const { user, key } = await account();
    const upscaled = await upscaledTask(key, "moving fox");
    const animate = upscaled.buttons.find((b: { customId: string }) => b.customId.startsWith("MJ::JOB::animate_high::"));
    const before = (await balances(user.id)).used;
    const res = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: upscaled.id, customId: animate.customId } });
    expect(res.body.code).toBe(1);
    expect((await balances(user.id)).used - before).toBe(quotaOf(0.8));
    expect((await settled(key, res.body.result)).videoUrl).toMatch(/\/mj\/video\//);
  });
});
