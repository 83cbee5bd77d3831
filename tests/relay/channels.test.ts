// Channel selection: priority, weight, group and model filters, failover on connection
// errors and 5xx, auto-ban on code 3, follow-ups pinned to the original channel.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as action } from "../../app/mj/submit/action/route";
import { getDb } from "../../lib/db";
import { channelCandidates } from "../../lib/channels/select-channel";
import { setOption } from "../../lib/options/options";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { bearer, callRoute } from "../support/call-route";
import { balances, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

let a: Simulator;
let b: Simulator;
beforeAll(async () => {
  [a, b] = await Promise.all([startTestSimulator(), startTestSimulator()]);
});
afterAll(async () => Promise.all([a.close(), b.close()]));
afterEach(async () => {
  await getDb().task.deleteMany();
  await getDb().channel.deleteMany();
  a.faults = {};
  b.faults = {};
});

const submits = (sim: Simulator) => sim.requests.filter((r) => r.path.includes("/submit/")).length;

describe("selection", () => {
  test("highest priority first; weighted random (weight + 10) inside a priority", async () => {
    const high1 = await makeChannel(a, { priority: 10, weight: 0 });
    const high2 = await makeChannel(a, { priority: 10, weight: 30 });
    const low = await makeChannel(a, { priority: 0 });
    // weights 10 and 40: a draw below 10/50 picks the first, above picks the second.
    expect((await channelCandidates("default", "mj_imagine", () => 0.1)).map((c) => c.id)).toEqual([high1.id, high2.id, low.id]);
    expect((await channelCandidates("default", "mj_imagine", () => 0.5)).map((c) => c.id)).toEqual([high2.id, high1.id, low.id]);
    let firstIsHeavy = 0;
    for (let i = 0; i < 400; i++) if ((await channelCandidates("default", "mj_imagine"))[0]!.id === high2.id) firstIsHeavy++;
    expect(firstIsHeavy / 400).toBeGreaterThan(0.65);
    expect(firstIsHeavy / 400).toBeLessThan(0.93);
  });

  test("only enabled channels of the request's group that list the model (or list none)", async () => {
    const vip = await makeChannel(a, { group: "vip" });
    const describeOnly = await makeChannel(a, { models: "mj_describe" });
    const disabled = await makeChannel(a, { status: 2 });
    const all = await makeChannel(a, { group: "default,vip", models: "" });
    expect((await channelCandidates("default", "mj_imagine")).map((c) => c.id)).toEqual([all.id]);
    expect((await channelCandidates("default", "mj_describe")).map((c) => c.id).sort()).toEqual([describeOnly.id, all.id].sort());
    expect((await channelCandidates("vip", "mj_imagine")).map((c) => c.id).sort()).toEqual([vip.id, all.id].sort());
    expect(disabled.id).toBeGreaterThan(0);
  });

  test("no channel for the group → code 3 with a sentence naming model and group", async () => {
    const user = await makeUser({ group: "vip" });
    const { key } = await makeKey(user.id);
    await makeChannel(a, { group: "default" });
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x" } });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 3, description: 'No channel serves mj_imagine for the group "vip".' });
  });

  test("the key's group overrides the user's, and its ratio prices the call", async () => {
    await setOption("GroupRatio", JSON.stringify({ default: 1, vip: 2 }));
    await setOption("UserUsableGroups", JSON.stringify({ default: "Default", vip: "VIP" }));
    const user = await makeUser({ group: "default", quota: 1_000_000 });
    const { key } = await makeKey(user.id, { group: "vip" });
    await makeChannel(a, { group: "vip" });
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x" } });
    expect(res.body.code).toBe(1);
    expect((await balances(user.id)).quota).toBe(1_000_000 - 100_000);
    await setOption("GroupRatio", JSON.stringify({ default: 1, vip: 1, svip: 1 }));
  });
});

describe("failover", () => {
  test.each([
    ["refused connection", async () => makeChannel({ url: "http://127.0.0.1:9" }, { priority: 10 })],
    ["HTTP 502", async () => { a.faults = { submitHttpStatus: 502 }; return makeChannel(a, { priority: 10, autoBan: 0 }); }],
  ])("%s on the first channel → the next candidate takes the job", async (_name, makeBroken) => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const broken = await makeBroken();
    const healthy = await makeChannel(b, { priority: 0 });
    const before = submits(b);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x" } });
    expect(res.body.code).toBe(1);
    expect(submits(b)).toBe(before + 1);
    const task = await getDb().task.findFirstOrThrow({ where: { mjId: res.body.result } });
    expect(task.channelId).toBe(healthy.id);
    expect(broken.id).not.toBe(healthy.id);
  });

  test("with RetryTimes 0 a broken first channel is the caller's error", async () => {
    await setOption("RetryTimes", "0");
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    await makeChannel({ url: "http://127.0.0.1:9" }, { priority: 10 });
    await makeChannel(b, { priority: 0 });
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x" } });
    expect(res.status).toBe(502);
    expect(res.body.description).toMatch(/unreachable/);
    await setOption("RetryTimes", "1");
  });

  test("code 3 disables an auto_ban channel, says why, and the job goes to the next one", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const banned = await makeChannel(a, { priority: 10, autoBan: 1 });
    await makeChannel(b, { priority: 0 });
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "sim:no-account x" } });
    // b has no trigger handling difference: the same prompt also yields 3 there, so the caller sees 3.
    expect(res.body.code).toBe(3);
    const after = await getDb().channel.findUniqueOrThrow({ where: { id: banned.id } });
    expect(after.status).toBe(3);
    expect(after.statusReason).toMatch(/code 3/);
  });
});

describe("auto-ban on repeated faults", () => {
  test("ChannelFailThreshold consecutive faults disable an auto_ban channel; a success resets the count", async () => {
    await setOption("ChannelFailThreshold", "2");
    await setOption("RetryTimes", "0");
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const flaky = await makeChannel(a, { autoBan: 1 });
    const send = () => callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "x" } });
    a.faults = { submitHttpStatus: 500, remaining: 1 };
    expect((await send()).status).toBe(502);
    expect((await send()).body.code).toBe(1);
    a.faults = { submitHttpStatus: 500, remaining: 2 };
    await send();
    expect((await getDb().channel.findUniqueOrThrow({ where: { id: flaky.id } })).status).toBe(1);
    await send();
    const disabled = await getDb().channel.findUniqueOrThrow({ where: { id: flaky.id } });
    expect(disabled.status).toBe(3);
    expect(disabled.statusReason).toMatch(/HTTP 500/);
    await setOption("ChannelFailThreshold", "3");
    await setOption("RetryTimes", "1");
  });

  test("a channel with auto_ban off stays enabled", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const steady = await makeChannel(a, { autoBan: 0 });
    await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "sim:no-account" } });
    expect((await getDb().channel.findUniqueOrThrow({ where: { id: steady.id } })).status).toBe(1);
  });
});

describe("follow-ups go to the original task's channel", () => {
  test("an action runs on the channel that ran the original, whatever the priorities", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const first = await makeChannel(a, { priority: 10 });
    const submit = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "fox" } });
    await until(async () => (await pollAllChannels(), getDb().task.findFirstOrThrow({ where: { mjId: submit.body.result } })), (t) => t.status === "SUCCESS");
    await makeChannel(b, { priority: 99 });
    const upscale = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: submit.body.result, customId: (a.tasks.get(submit.body.result)!.buttons[0]!).customId } });
    expect(upscale.body.code).toBe(1);
    expect(a.tasks.has(upscale.body.result)).toBe(true);
    const row = await getDb().task.findFirstOrThrow({ where: { mjId: upscale.body.result } });
    expect(row).toMatchObject({ channelId: first.id, action: "UPSCALE", parentMjId: submit.body.result, prompt: "fox" });
    // mj_upscale is $0.05 → 25,000.
    expect(Number(row.quota)).toBe(25_000);
  });

  test("an action on an unfinished task is refused while MjActionCheckSuccessEnabled is on", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    await makeChannel(a);
    const submit = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "sim:stuck fox" } });
    const res = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: submit.body.result, customId: "MJ::JOB::upsample::1::abc" } });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/SUCCESS/);
    await setOption("MjActionCheckSuccessEnabled", "false");
    const unchecked = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: submit.body.result, customId: "MJ::JOB::upsample::1::abc" } });
    // Our check is off; the upstream's own rule (parent must be SUCCESS) still answers.
    expect(unchecked.body.description).not.toMatch(/actions need a SUCCESS task/);
    await setOption("MjActionCheckSuccessEnabled", "true");
  });
});
