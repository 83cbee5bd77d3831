// Every submit endpoint against bad input, the upstream's own codes and upstream faults:
// the caller always gets midjourney-proxy's {code, description}, never a 500, and is
// charged only when the upstream accepted the job.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as change } from "../../app/mj/submit/change/route";
import { POST as simpleChange } from "../../app/mj/submit/simple-change/route";
import { POST as describeRoute } from "../../app/mj/submit/describe/route";
import { POST as blend } from "../../app/mj/submit/blend/route";
import { POST as action } from "../../app/mj/submit/action/route";
import { POST as modal } from "../../app/mj/submit/modal/route";
import { POST as shorten } from "../../app/mj/submit/shorten/route";
import { getDb } from "../../lib/db";
import { setOption } from "../../lib/options/options";
import { bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator, TINY_PNG as PNG } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";


let sim: Simulator;
let key: string;
let userId: number;
beforeAll(async () => {
  sim = await startTestSimulator();
  const user = await makeUser({ quota: 10_000_000 });
  userId = user.id;
  key = (await makeKey(user.id)).key;
  // auto_ban off: this file provokes code 3 and faults on purpose (auto-ban has its own test).
  await makeChannel(sim, { autoBan: 0 });
});
afterAll(async () => sim.close());
beforeEach(() => {
  sim.faults = {};
});

async function expectNothingCharged(run: () => Promise<void>) {
  const before = await balances(userId);
  const tasksBefore = await getDb().task.count();
  await run();
  expect(await balances(userId)).toEqual(before);
  expect(await getDb().task.count()).toBe(tasksBefore);
  expect(await loggedSpend(userId)).toBe(10_000_000 - before.quota);
}

describe("bad input gets code 4 with a 4xx status and a sentence", () => {
  const cases: [string, typeof imagine, unknown, RegExp][] = [
    ["imagine without prompt", imagine, {}, /prompt/],
    ["imagine with blank prompt", imagine, { prompt: "   " }, /prompt/],
    ["imagine with a non-data-URL image", imagine, { prompt: "x", base64Array: ["http://x/y.png"] }, /data URL/],
    ["imagine with an unknown botType", imagine, { prompt: "x", botType: "DALL_E" }, /botType/],
    ["change without taskId", change, { action: "UPSCALE", index: 1 }, /taskId/],
    ["change with a bad action", change, { taskId: "1", action: "ZOOM", index: 1 }, /action/],
    ["change with index 5", change, { taskId: "1", action: "UPSCALE", index: 5 }, /index/],
    ["change without index for UPSCALE", change, { taskId: "1", action: "UPSCALE" }, /index/],
    ["simple-change with bad content", simpleChange, { content: "123 U9" }, /content/],
    ["describe without base64", describeRoute, {}, /base64/],
    ["blend with one image", blend, { base64Array: [PNG] }, /2 to 5/],
    ["blend with bad dimensions", blend, { base64Array: [PNG, PNG], dimensions: "WIDE" }, /dimensions/],
    ["action without customId", action, { taskId: "1" }, /customId/],
    ["modal without taskId", modal, {}, /taskId/],
    ["shorten without prompt", shorten, {}, /prompt/],
  ];
  test.each(cases)("%s", async (_name, handler, body, message) => {
    await expectNothingCharged(async () => {
      const res = await callRoute(handler, { path: "/mj/submit/x", headers: bearer(key), body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(4);
      expect(res.body.description).toMatch(message);
    });
  });

  test("malformed JSON", async () => {
    const res = await callRoute(imagine, { path: "/mj/submit/imagine", headers: bearer(key), rawBody: "{prompt:" });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/JSON/) });
  });

  test("an unknown button customId is not refused for its form: only the missing task is", async () => {
    const res = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: "1", customId: "MJ::Nope::1" } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/No task 1 of yours/) });
  });

  test("a follow-up on an unknown task", async () => {
    const res = await callRoute(change, { path: "", headers: bearer(key), body: { taskId: "999", action: "UPSCALE", index: 1 } });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe(4);
  });
});

describe("upstream codes pass through; only 1, 21 and 22 are charged", () => {
  test("22 queued is accepted and charged, with numberOfQueues", async () => {
    const before = await balances(userId);
    const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "sim:queued cat" } });
    expect(res.body).toMatchObject({ code: 22, properties: { numberOfQueues: 1 } });
    expect((await balances(userId)).quota).toBe(before.quota - 50_000);
  });

  test.each([
    ["23 queue full", "sim:queue-full cat", 23],
    ["24 banned prompt", "a nude statue", 24],
    ["3 no account", "sim:no-account cat", 3],
  ])("%s is returned and not charged", async (_name, prompt, code) => {
    await expectNothingCharged(async () => {
      const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt } });
      expect(res.status).toBe(200);
      expect(res.body.code).toBe(code);
      if (code === 24) expect(res.body.properties).toMatchObject({ bannedWord: "nude" });
    });
  });
});

describe("upstream faults: a clear error, nothing charged, no orphan task", () => {
  test("an upstream slower than UpstreamTimeoutSeconds → 504, not retried elsewhere", async () => {
    await setOption("UpstreamTimeoutSeconds", "1");
    sim.faults = { submitDelayMs: 1500, remaining: 1 };
    await expectNothingCharged(async () => {
      const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "slow" } });
      expect(res.status).toBe(504);
      expect(res.body).toMatchObject({ code: 9, description: expect.stringMatching(/did not answer within 1s/) });
    });
    await setOption("UpstreamTimeoutSeconds", "30");
  });

  test.each([
    ["HTTP 500", { submitHttpStatus: 500 }, 502, /HTTP 500/],
    ["HTTP 502 from a proxy", { submitHttpStatus: 502 }, 502, /HTTP 502/],
    ["malformed JSON", { submitMalformedJson: true }, 504, /not JSON/],
    ["accepted without a task id", { submitNoResult: true }, 502, /no task id/],
    ["connection reset", { resetConnection: true }, 502, /unreachable/],
  ])("%s", async (_name, faults, status, message) => {
    sim.faults = { ...faults, remaining: 10 };
    await expectNothingCharged(async () => {
      const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt: "cat" } });
      expect(res.body.code).not.toBe(1);
      expect(res.body.description).toMatch(message);
      expect([status, 502, 504]).toContain(res.status);
    });
  });
});
