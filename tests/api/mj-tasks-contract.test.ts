// /api/mj/self and /api/mj/ as the seed documents them and new-api's front-end reads them:
// new-api's full Midjourney row (times in ms), defaults, pagination, the mj_id / channel_id /
// timestamp filters (ms or s), newest first, own tasks only.
import { beforeAll, describe, expect, test } from "vitest";
import { GET as self } from "../../app/api/mj/self/route";
import { GET as all } from "../../app/api/mj/route";
import { getDb } from "../../lib/db";
import { asUser, callRoute } from "../support/call-route";
import { makeChannel, makeUser } from "../support/fixtures";

const ROW_FIELDS = ["id", "code", "user_id", "action", "mj_id", "prompt", "prompt_en", "description", "state", "submit_time", "start_time", "finish_time", "image_url", "video_url", "video_urls", "status", "progress", "fail_reason", "channel_id", "quota", "buttons", "properties"].sort();

let alice: Awaited<ReturnType<typeof makeUser>>;
let bob: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let channels: number[];
const base = 1_700_000_000; // unix seconds

beforeAll(async () => {
  [alice, bob, admin] = [await makeUser(), await makeUser(), await makeUser({ role: 10 })];
  channels = [(await makeChannel({ url: "http://127.0.0.1:9" })).id, (await makeChannel({ url: "http://127.0.0.1:9" })).id];
  // 25 tasks of Alice one minute apart on alternating channels, 3 of Bob.
  await getDb().task.createMany({
    data: [
      ...Array.from({ length: 25 }, (_, i) => ({
        mjId: `a${String(i).padStart(3, "0")}`, userId: alice.id, channelId: channels[i % 2]!, action: "IMAGINE", prompt: `p${i}`, promptEn: `p${i}`,
        status: "SUCCESS", progress: "100%", submitTime: BigInt((base + i * 60) * 1000), startTime: BigInt((base + i * 60 + 5) * 1000),
        finishTime: BigInt((base + i * 60 + 50) * 1000), quota: 50_000n, imageUrl: "https://cdn.example/x.png",
      })),
      ...Array.from({ length: 3 }, (_, i) => ({ mjId: `b${i}`, userId: bob.id, channelId: channels[0]!, action: "UPSCALE", submitTime: BigInt((base + i) * 1000) })),
      { mjId: "bfail", userId: bob.id, channelId: channels[0]!, action: "IMAGINE", status: "FAILURE", failReason: "banned", imageUrl: "https://cdn.example/preview.png", submitTime: BigInt((base - 60) * 1000) },
    ],
  });
});

const get = async (handler: typeof self, who: { id: number; accessToken: string }, query = "") =>
  callRoute(handler, { path: `/api/mj/${query}`, headers: asUser(who) });

describe("/api/mj/self", () => {
  test("defaults: page 1, 20 items, newest first, new-api's row with times in milliseconds", async () => {
    const { status, body } = await get(self, alice);
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, message: "", data: { total: 25, page: 1, page_size: 20 } });
    expect(body.data.items).toHaveLength(20);
    expect(body.data.items[0].mj_id).toBe("a024");
    expect(Object.keys(body.data.items[0]).sort()).toEqual(ROW_FIELDS);
    expect(body.data.items[0]).toMatchObject({
      action: "IMAGINE", prompt: "p24", prompt_en: "p24", status: "SUCCESS", progress: "100%", quota: 50_000, fail_reason: "",
      submit_time: (base + 24 * 60) * 1000, start_time: (base + 24 * 60 + 5) * 1000, finish_time: (base + 24 * 60 + 50) * 1000,
      user_id: alice.id, code: 1, buttons: "[]", video_url: "", video_urls: "",
    });
    expect(JSON.parse(body.data.items[0].properties)).toEqual(expect.any(Object));
    expect(body.data.items[0].image_url).toMatch(/\/mj\/image\/a024\?sig=/);
  });

  test("p and page_size", async () => {
    const { body } = await get(self, alice, "self?p=2&page_size=10");
    expect(body.data).toMatchObject({ page: 2, page_size: 10, total: 25 });
    expect(body.data.items.map((t: { mj_id: string }) => t.mj_id)).toEqual(Array.from({ length: 10 }, (_, i) => `a${String(14 - i).padStart(3, "0")}`));
    expect((await get(self, alice, "self?p=3&page_size=10")).body.data.items).toHaveLength(5);
  });

  test("mj_id filter", async () => {
    const { body } = await get(self, alice, "self?mj_id=a007");
    expect(body.data.total).toBe(1);
    expect(body.data.items[0].mj_id).toBe("a007");
  });

  test("start_timestamp and end_timestamp bound submit_time (inclusive), in seconds as the seed shows", async () => {
    const { body } = await get(self, alice, `self?start_timestamp=${base + 10 * 60}&end_timestamp=${base + 12 * 60}`);
    expect(body.data.items.map((t: { mj_id: string }) => t.mj_id)).toEqual(["a012", "a011", "a010"]);
  });

  test("and in milliseconds, as new-api's front-end sends them from Date.parse", async () => {
    const { body } = await get(self, alice, `self?p=1&page_size=10&mj_id=&start_timestamp=${(base + 10 * 60) * 1000}&end_timestamp=${(base + 12 * 60) * 1000}`);
    expect(body.data.items.map((t: { mj_id: string }) => t.mj_id)).toEqual(["a012", "a011", "a010"]);
  });

  test("a failed task shows no image, though the upstream sent a preview", async () => {
    const { body } = await get(self, bob, "self?mj_id=bfail");
    expect(body.data.items[0]).toMatchObject({ status: "FAILURE", fail_reason: "banned", image_url: "" });
  });

  test("a user sees only their own tasks, even when asking for someone else's id", async () => {
    expect((await get(self, bob)).body.data.total).toBe(4);
    expect((await get(self, bob, "self?mj_id=a001")).body.data.total).toBe(0);
  });

  // new-api parses queries leniently and its front-end relies on it (p=0, empty parameters).
  test.each([
    ["p=0", { page: 1, page_size: 20 }],
    ["p=-3&page_size=0", { page: 1, page_size: 1 }],
    ["page_size=101", { page: 1, page_size: 100 }],
    ["page_size=abc", { page: 1, page_size: 20 }],
    ["ps=7", { page: 1, page_size: 7 }],
    ["size=8&p=2", { page: 2, page_size: 8 }],
    ["start_timestamp=-5&end_timestamp=&mj_id=", { page: 1, page_size: 20, total: 25 }],
  ])("lenient query %s", async (query, expected) => {
    const res = await get(self, alice, `self?${query}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, data: expected });
  });
});

describe("/api/mj/ (admin)", () => {
  test("all users' tasks with user_id and channel_id", async () => {
    const { body } = await get(all, admin, "?page_size=100");
    expect(body.data.total).toBe(29);
    const item = body.data.items.find((t: { mj_id: string }) => t.mj_id === "b0");
    expect(item).toMatchObject({ user_id: bob.id, channel_id: channels[0] });
    expect(Object.keys(item).sort()).toEqual(ROW_FIELDS);
  });

  test("new-api's admin query with empty parameters and ms times", async () => {
    const { body } = await get(all, admin, `?p=1&page_size=10&mj_id=&channel_id=&start_timestamp=${(base - 3600) * 1000}&end_timestamp=${(base + 3600 * 2) * 1000}`);
    expect(body).toMatchObject({ success: true, data: { total: 29, page: 1, page_size: 10 } });
  });

  test("channel_id filter", async () => {
    const { body } = await get(all, admin, `?channel_id=${channels[1]}&page_size=100`);
    expect(body.data.total).toBe(12);
    expect(body.data.items.every((t: { channel_id: number }) => t.channel_id === channels[1])).toBe(true);
  });

  test("a non-admin gets 403", async () => {
    const res = await get(all, alice);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false });
  });
});
