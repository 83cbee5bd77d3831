// Reads answered from our database, image-seed and image forwarding, and the follow-up
// flows real clients use: simple-change, describe, and action → 21 MODAL → modal.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { POST as simpleChange } from "../../app/mj/submit/simple-change/route";
import { POST as describeRoute } from "../../app/mj/submit/describe/route";
import { POST as action } from "../../app/mj/submit/action/route";
import { POST as modal } from "../../app/mj/submit/modal/route";
import { POST as listByCondition } from "../../app/mj/task/list-by-condition/route";
import { GET as fetchTask } from "../../app/mj/task/[id]/fetch/route";
import { GET as imageSeed } from "../../app/mj/task/[id]/image-seed/route";
import { GET as image } from "../../app/mj/image/[id]/route";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { bearer, callRoute } from "../support/call-route";
import { balances, simulatorWithCustomer, TINY_PNG as PNG } from "../support/fixtures";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
let key: string;
let userId: number;
beforeAll(async () => {
  ({ sim, userId, key } = await simulatorWithCustomer());
});
afterAll(async () => sim.close());

const fetchOne = async (id: string) => (await callRoute(fetchTask, { path: "/x", headers: bearer(key), params: { id } })).body;
const finished = async (id: string) => until(async () => (await pollAllChannels(), fetchOne(id)), (t) => t.status === "SUCCESS" || t.status === "FAILURE" || t.status === "MODAL");
const imagineDone = async (prompt = "fox") => {
  const res = await callRoute(imagine, { path: "", headers: bearer(key), body: { prompt } });
  return finished(res.body.result);
};

describe("reads", () => {
  test("list-by-condition takes string and numeric ids, leaves unknown ids out", async () => {
    const done = await imagineDone();
    const res = await callRoute(listByCondition, { path: "", headers: bearer(key), body: { ids: [Number(done.id), "404", 12345] } });
    expect(res.status).toBe(200);
    expect(res.body.map((t: { id: string }) => t.id)).toEqual([done.id]);
    const empty = await callRoute(listByCondition, { path: "", headers: bearer(key), body: { ids: null } });
    expect(empty.body).toEqual([]);
  });

  test("image-seed is forwarded to the task's channel", async () => {
    const done = await imagineDone();
    const res = await callRoute(imageSeed, { path: "", headers: bearer(key), params: { id: done.id } });
    expect(res.body).toMatchObject({ code: 1, result: expect.stringMatching(/^\d+$/) });
  });

  test("image links are signed: a guessed or altered link is a 404", async () => {
    const done = await imagineDone();
    // Relative: no PUBLIC_URL or ServerAddress is configured in this file.
    const url = new URL(done.imageUrl, "http://gateway.test");
    expect(url.pathname).toBe(`/mj/image/${done.id}`);
    const forged = await image(new Request(`http://gateway.test/mj/image/${done.id}?sig=AAAAAAAAAAAAAAAAAAAAAA`), { params: Promise.resolve({ id: done.id }) });
    expect(forged.status).toBe(404);
    const ok = await image(new Request(url), { params: Promise.resolve({ id: done.id }) });
    expect(ok.headers.get("cache-control")).toMatch(/immutable/);
  });
});

describe("follow-up flows", () => {
  test("simple-change U2 upscales and is priced as mj_upscale", async () => {
    const done = await imagineDone();
    const before = (await balances(userId)).quota;
    const res = await callRoute(simpleChange, { path: "", headers: bearer(key), body: { content: `${done.id} U2` } });
    expect(res.body.code).toBe(1);
    expect((await balances(userId)).quota).toBe(before - 25_000);
    expect(await finished(res.body.result)).toMatchObject({ action: "UPSCALE", status: "SUCCESS" });
  });

  test("describe ends with the prompts in properties.finalPrompt", async () => {
    const res = await callRoute(describeRoute, { path: "", headers: bearer(key), body: { base64: PNG } });
    expect(res.body.code).toBe(1);
    const done = await finished(res.body.result);
    expect(done.action).toBe("DESCRIBE");
    expect(done.properties.finalPrompt).toMatch(/1️⃣/);
  });

  test("custom zoom: action answers 21 (MODAL, free), modal confirms it (charged as mj_modal)", async () => {
    const done = await imagineDone();
    const upscale = await callRoute(simpleChange, { path: "", headers: bearer(key), body: { content: `${done.id} U1` } });
    const upscaled = await finished(upscale.body.result);
    const zoom = upscaled.buttons.find((b: { customId: string }) => b.customId.startsWith("MJ::CustomZoom::"));
    const before = (await balances(userId)).quota;
    const opened = await callRoute(action, { path: "", headers: bearer(key), body: { taskId: upscaled.id, customId: zoom.customId } });
    expect(opened.body.code).toBe(21);
    expect((await balances(userId)).quota).toBe(before);
    expect(await fetchOne(opened.body.result)).toMatchObject({ status: "MODAL" });
    const confirmed = await callRoute(modal, { path: "", headers: bearer(key), body: { taskId: opened.body.result, prompt: "fox --ar 1:1 --zoom 1.5" } });
    expect(confirmed.body.code).toBe(1);
    expect((await balances(userId)).quota).toBe(before - 50_000);
    expect(await finished(opened.body.result)).toMatchObject({ status: "SUCCESS" });
  });

  test("modal on a task that is not waiting for one is refused", async () => {
    const done = await imagineDone();
    const res = await callRoute(modal, { path: "", headers: bearer(key), body: { taskId: done.id, prompt: "x" } });
    expect(res.status).toBe(400);
    expect(res.body.description).toMatch(/not waiting/);
  });
});
