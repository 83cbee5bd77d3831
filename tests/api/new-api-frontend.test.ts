// new-api's own web front-end (QuantumNous/new-api web/src), replayed: the exact requests its
// pages send (query strings with empty parameters, ms or s timestamps, p=0, size=…) and the
// fields it reads from the answers, with the types it needs. See the closing notes of issue 8.
import { beforeAll, describe, expect, test } from "vitest";
import { GET as status } from "../../app/api/status/route";
import { POST as login } from "../../app/api/user/login/route";
import { GET as self } from "../../app/api/user/self/route";
import { GET as selfGroups } from "../../app/api/user/self/groups/route";
import { GET as userModels } from "../../app/api/user/models/route";
import { GET as aff } from "../../app/api/user/aff/route";
import { GET as accessToken } from "../../app/api/user/token/route";
import * as users from "../../app/api/user/route";
import * as userManage from "../../app/api/user/manage/route";
import * as tokens from "../../app/api/token/route";
import { POST as tokenKey } from "../../app/api/token/[id]/key/route";
import { POST as tokenBatch } from "../../app/api/token/batch/route";
import * as channels from "../../app/api/channel/route";
import { GET as channelById } from "../../app/api/channel/[id]/route";
import { GET as channelTest } from "../../app/api/channel/test/[id]/route";
import { GET as channelModels } from "../../app/api/channel/models/route";
import { GET as groups } from "../../app/api/group/route";
import { GET as mjAll } from "../../app/api/mj/route";
import { GET as mjSelf } from "../../app/api/mj/self/route";
import { GET as logSelf } from "../../app/api/log/self/route";
import { GET as logSelfStat } from "../../app/api/log/self/stat/route";
import { GET as dataSelf } from "../../app/api/data/self/route";
import { GET as dataAll } from "../../app/api/data/route";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { getDb } from "../../lib/db";
import { setOption } from "../../lib/options/options";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { asUser, callRoute } from "../support/call-route";
import { makeChannel, makeUser, startTestSimulator } from "../support/fixtures";
import { until } from "../support/wait";

// The front-end's default headers: New-API-User and Cache-Control on every call.
const frontEnd = (user: { id: number; accessToken: string }) => ({ ...asUser(user), "cache-control": "no-store" });

let admin: Awaited<ReturnType<typeof makeUser>>;
let alice: Awaited<ReturnType<typeof makeUser>>;
let channelId: number;
beforeAll(async () => {
  const sim = await startTestSimulator();
  channelId = (await makeChannel(sim, { group: "default,vip" })).id;
  admin = await makeUser({ role: 100, username: "frontend-root" });
  alice = await makeUser({ username: "frontend-alice", quota: 5_000_000 });
  await setOption("UserUsableGroups", JSON.stringify({ default: "默认分组", vip: "VIP 分组" }));
  return () => sim.close();
});

describe("every page: GET /api/status", () => {
  test("has what the layout, sidebar and amount formatting read", async () => {
    const { status: code, body } = await callRoute(status, { path: "/api/status" });
    expect(code).toBe(200);
    expect(body.success).toBe(true);
    expect(body.data).toMatchObject({
      quota_per_unit: 500_000, display_in_currency: true, quota_display_type: "USD", enable_drawing: true,
      enable_data_export: true, setup: true, chats: [], system_name: expect.any(String), mj_notify_enabled: expect.any(Boolean),
      uptime_kuma_enabled: false, announcements_enabled: false, api_info_enabled: false, faq_enabled: false,
    });
    // localStorage.setItem turns every missing key into "undefined"; chats must parse as JSON.
    expect(() => JSON.parse(JSON.stringify(body.data.chats))).not.toThrow();
    expect(typeof body.data.server_address).toBe("string");
  });
});

describe("login page", () => {
  test("a wrong password answers HTTP 200 with the message (a 401 would read as an expired session)", async () => {
    const res = await callRoute(login, { path: "/api/user/login?turnstile=", body: { username: "frontend-alice", password: "wrong password!" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: false, message: expect.stringMatching(/Wrong username or password/) });
  });

  // The successful sign-in sets the session cookie through Auth.js, which needs Next's request
  // scope: e2e/api/new-api-frontend.spec.ts checks the user object it answers.
});

describe("Midjourney log page (绘图日志)", () => {
  let mjId: string;
  beforeAll(async () => {
    const key = (await callRoute(tokens.POST, { path: "/api/token/", headers: frontEnd(alice), body: { name: "mj log", remain_quota: 0, expired_time: -1, unlimited_quota: true, model_limits: "", model_limits_enabled: false, allow_ips: "", group: "" } })).body.data;
    const full = (await callRoute(tokenKey, { path: "", headers: frontEnd(alice), params: { id: String(key.id) } })).body.data.key;
    const res = await callRoute(imagine, { path: "", headers: { "mj-api-secret": full }, body: { prompt: "log page fox" } });
    mjId = res.body.result;
    await until(async () => (await pollAllChannels(), getDb().task.findFirstOrThrow({ where: { mjId } })), (t) => t.status === "SUCCESS");
  });

  // useMjLogsData: the default range is now-30 days to now+1 hour, Date.parse'd (milliseconds).
  const range = () => `start_timestamp=${Date.now() - 30 * 86_400_000}&end_timestamp=${Date.now() + 3_600_000}`;

  test("a user's request (empty mj_id, ms range) lists their task with the fields the table renders", async () => {
    const res = await callRoute(mjSelf, { path: `/api/mj/self/?p=1&page_size=10&mj_id=&${range()}`, headers: frontEnd(alice) });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ page: 1, page_size: 10, total: 1 });
    const item = res.body.data.items[0];
    expect(item).toMatchObject({ mj_id: mjId, action: "IMAGINE", status: "SUCCESS", code: 1, prompt: "log page fox" });
    expect(typeof item.progress).toBe("string");
    expect(item.progress.replace("%", "")).toBe("100");
    // submit_time and finish_time are milliseconds: renderTimestamp(submit_time / 1000).
    expect(item.submit_time).toBeGreaterThan(1e12);
    expect(item.finish_time - item.submit_time).toBeGreaterThanOrEqual(0);
    expect(item.image_url).toMatch(/\/mj\/image\//);
  });

  test("an admin's request (empty channel_id and mj_id) lists everyone's tasks with their channel", async () => {
    const res = await callRoute(mjAll, { path: `/api/mj/?p=1&page_size=10&channel_id=&mj_id=&${range()}`, headers: frontEnd(admin) });
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.data.items.find((t: { mj_id: string }) => t.mj_id === mjId)).toMatchObject({ channel_id: channelId, user_id: alice.id });
  });
});

describe("token page", () => {
  test("list with size=, create with EditTokenModal's body, toggle, reveal without sk-, batch delete", async () => {
    const groupsRes = await callRoute(selfGroups, { path: "/api/user/self/groups", headers: frontEnd(alice) });
    expect(groupsRes.body.data).toEqual({ default: { ratio: 1, desc: "默认分组" }, vip: { ratio: 1, desc: "VIP 分组" } });
    const modelsRes = await callRoute(userModels, { path: "/api/user/models", headers: frontEnd(alice) });
    expect(modelsRes.body.data).toEqual(expect.arrayContaining(["mj_imagine", "mj_video"]));

    const body = {
      name: "from new-api", remain_quota: 500000, expired_time: Math.ceil(Date.parse("2099-01-01 00:00:00") / 1000), unlimited_quota: false,
      model_limits: "mj_imagine,mj_upscale", model_limits_enabled: true, allow_ips: "", group: "vip", cross_group_retry: false,
    };
    const created = await callRoute(tokens.POST, { path: "/api/token/", headers: frontEnd(alice), body });
    expect(created.body).toMatchObject({ success: true });

    const list = await callRoute(tokens.GET, { path: "/api/token/?p=1&size=10", headers: frontEnd(alice) });
    expect(list.body.data).toMatchObject({ page: 1, page_size: 10 });
    const row = list.body.data.items.find((t: { name: string }) => t.name === "from new-api");
    expect(row).toMatchObject({ status: 1, remain_quota: 500000, unlimited_quota: false, group: "vip", model_limits: "mj_imagine,mj_upscale", allow_ips: "" });
    expect(row.key).not.toMatch(/^sk-/);

    const toggled = await callRoute(tokens.PUT, { path: "/api/token/?status_only=true", method: "PUT", headers: frontEnd(alice), body: { id: row.id, status: 2 } });
    expect(toggled.body.data.status).toBe(2);

    const revealed = await callRoute(tokenKey, { path: "", headers: frontEnd(alice), params: { id: String(row.id) } });
    expect(revealed.body.data.key).toMatch(/^[0-9A-Za-z]{48}$/);

    const deleted = await callRoute(tokenBatch, { path: "/api/token/batch", headers: frontEnd(alice), body: { ids: [row.id] } });
    expect(deleted.body).toMatchObject({ success: true, data: 1 });
  });
});

describe("channel page (admin)", () => {
  test("list with id_sort, tag_mode and a status filter, items with what the columns read", async () => {
    const res = await callRoute(channels.GET, { path: "/api/channel/?p=1&page_size=10&id_sort=false&tag_mode=false&status=enabled", headers: frontEnd(admin) });
    expect(res.body.success).toBe(true);
    expect(res.body.data.type_counts).toEqual(expect.any(Object));
    const item = res.body.data.items.find((c: { id: number }) => c.id === channelId);
    expect(item).toMatchObject({ status: 1, used_quota: expect.any(Number), balance: 0, response_time: expect.any(Number), priority: 0, weight: 0, group: "default,vip" });
    expect(() => JSON.parse(item.other_info)).not.toThrow();
    expect(item).not.toHaveProperty("key");
  });

  test("create as {mode: single, channel}, update without a key, disable: each answers the channel in data", async () => {
    const created = await callRoute(channels.POST, {
      path: "/api/channel/", headers: frontEnd(admin),
      body: { mode: "single", channel: { name: "from new-api", type: 5, key: "secret", base_url: "http://127.0.0.1:9", models: "mj_imagine,mj_upscale", groups: ["default"], group: "default", priority: 3, weight: 1, auto_ban: 1, tag: "", test_model: "", model_mapping: "", setting: "{}" } },
    });
    expect(created.body).toMatchObject({ success: true, data: { name: "from new-api", priority: 3 } });
    const id = created.body.data.id;
    const updated = await callRoute(channels.PUT, { path: "/api/channel/", method: "PUT", headers: frontEnd(admin), body: { id, name: "renamed", priority: 5 } });
    expect(updated.body.data).toMatchObject({ name: "renamed", priority: 5 });
    const disabled = await callRoute(channels.PUT, { path: "/api/channel/", method: "PUT", headers: frontEnd(admin), body: { id, status: 2 } });
    expect(disabled.body.data.status).toBe(2);
    const reread = await callRoute(channelById, { path: "", headers: frontEnd(admin), params: { id: String(id) } });
    expect(reread.body.data.models.split(",")).toEqual(["mj_imagine", "mj_upscale"]);
  });

  test("a failing test answers HTTP 200 with success:false, message and a numeric time", async () => {
    const dead = await makeChannel({ url: "http://127.0.0.1:9" });
    const res = await callRoute(channelTest, { path: `/api/channel/test/${dead.id}?model=`, headers: frontEnd(admin), params: { id: String(dead.id) } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: false, message: expect.any(String), time: expect.any(Number) });
  });

  test("the edit form's model and group lists", async () => {
    const models = await callRoute(channelModels, { path: "/api/channel/models", headers: frontEnd(admin) });
    expect(models.body.data.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(["mj_imagine", "swap_face", "mj_video"]));
    const groupList = await callRoute(groups, { path: "/api/group/", headers: frontEnd(admin) });
    expect(groupList.body.data).toEqual(expect.arrayContaining(["default", "vip"]));
  });
});

describe("user page (admin)", () => {
  test("the first request sends p=0; rows carry DeletedAt: null; manage answers role and status", async () => {
    const list = await callRoute(users.GET, { path: "/api/user/?p=0&page_size=10", headers: frontEnd(admin) });
    expect(list.body.data).toMatchObject({ page: 1, page_size: 10 });
    const row = list.body.data.items.find((u: { id: number }) => u.id === alice.id);
    expect(row).toMatchObject({ DeletedAt: null, status: 1, role: 1, group: "default", request_count: expect.any(Number), quota: expect.any(Number), used_quota: expect.any(Number), aff_count: 0, inviter_id: 0 });
    const managed = await callRoute(userManage.POST, { path: "/api/user/manage", headers: frontEnd(admin), body: { id: alice.id, action: "add_quota", mode: "add", value: 1000 } });
    expect(managed.body.success).toBe(true);
    const disabled = await callRoute(userManage.POST, { path: "/api/user/manage", headers: frontEnd(admin), body: { id: alice.id, action: "disable" } });
    expect(disabled.body.data).toMatchObject({ status: 2 });
    await callRoute(userManage.POST, { path: "/api/user/manage", headers: frontEnd(admin), body: { id: alice.id, action: "enable" } });
  });

  test("classic edit: PUT /api/user/ with every form value, read-only bindings included", async () => {
    const res = await callRoute(users.PUT, {
      path: "/api/user/", method: "PUT", headers: frontEnd(admin),
      body: { id: alice.id, username: "frontend-alice", display_name: "Alice", password: "", remark: "", group: "vip", quota: 6_000_000, github_id: "", wechat_id: "", email: "", telegram_id: "" },
    });
    expect(res.body).toMatchObject({ success: true, data: { display_name: "Alice", group: "vip", quota: 6_000_000 } });
  });
});

describe("personal page, wallet and dashboard", () => {
  test("self, access token, invitation code", async () => {
    const me = await callRoute(self, { path: "/api/user/self", headers: frontEnd(alice) });
    expect(me.body.data).toMatchObject({ id: alice.id, username: "frontend-alice", email: "", github_id: "", wechat_id: "", telegram_id: "", quota: expect.any(Number), request_count: expect.any(Number) });
    const code = await callRoute(aff, { path: "/api/user/aff", headers: frontEnd(alice) });
    expect(code.body).toMatchObject({ success: true, data: "" });
    const token = await callRoute(accessToken, { path: "/api/user/token", headers: frontEnd(alice) });
    expect(typeof token.body.data).toBe("string");
  });

  test("dashboard data in seconds, hour buckets with model_name, count, quota and token_used", async () => {
    const now = Math.floor(Date.now() / 1000);
    const res = await callRoute(dataSelf, { path: `/api/data/self/?start_timestamp=${now - 86_400}&end_timestamp=${now + 3600}&default_time=hour`, headers: asUser(await current(alice)) });
    expect(Array.isArray(res.body.data)).toBe(true);
    expect(res.body.data[0]).toMatchObject({ model_name: "mj_imagine", count: 1, quota: 50_000, token_used: 0 });
    expect(res.body.data[0].created_at % 3600).toBe(0);
    const all = await callRoute(dataAll, { path: `/api/data/?start_timestamp=${now - 86_400}&end_timestamp=${now + 3600}&default_time=hour&username=`, headers: frontEnd(admin) });
    expect(all.body.data.some((point: { username: string }) => point.username === "frontend-alice")).toBe(true);
  });

  test("usage logs: seconds, page and page_size back, other as a JSON string; the stat box", async () => {
    const today = new Date();
    today.setHours(0, 0, 0, 0);
    const query = `p=1&page_size=10&type=0&token_name=&model_name=&start_timestamp=${Math.floor(today.getTime() / 1000)}&end_timestamp=${Math.floor(Date.now() / 1000) + 3600}&group=`;
    const me = await current(alice);
    const logs = await callRoute(logSelf, { path: `/api/log/self/?${query}`, headers: asUser(me) });
    expect(logs.body.data).toMatchObject({ page: 1, page_size: 10 });
    const consume = logs.body.data.items.find((log: { type: number }) => log.type === 2);
    expect(typeof consume.other).toBe("string");
    expect(JSON.parse(consume.other)).toMatchObject({ model_price: 0.1, group_ratio: 1 });
    const stat = await callRoute(logSelfStat, { path: `/api/log/self/stat?type=0&token_name=&model_name=&start_timestamp=${Math.floor(today.getTime() / 1000)}&end_timestamp=${Math.floor(Date.now() / 1000) + 3600}&group=`, headers: asUser(me) });
    expect(stat.body.data).toEqual({ quota: 50_000, rpm: expect.any(Number), tpm: 0 });
  });
});

// GET /api/user/token rotates the access token; later calls read the current one.
async function current(user: { id: number }) {
  const { accessToken } = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { accessToken: true } });
  return { id: user.id, accessToken: accessToken! };
}
