// Every management route × every kind of caller → the status it must get.
import { beforeAll, describe, expect, test } from "vitest";
import * as userRoot from "../../app/api/user/route";
import * as userById from "../../app/api/user/[id]/route";
import * as userSearch from "../../app/api/user/search/route";
import * as userManage from "../../app/api/user/manage/route";
import * as userSelf from "../../app/api/user/self/route";
import * as userToken from "../../app/api/user/token/route";
import * as webhook from "../../app/api/user/self/webhook/route";
import * as tokenRoot from "../../app/api/token/route";
import * as tokenById from "../../app/api/token/[id]/route";
import * as tokenKey from "../../app/api/token/[id]/key/route";
import * as tokenSearch from "../../app/api/token/search/route";
import * as channelRoot from "../../app/api/channel/route";
import * as channelById from "../../app/api/channel/[id]/route";
import * as channelSearch from "../../app/api/channel/search/route";
import * as option from "../../app/api/option/route";
import * as group from "../../app/api/group/route";
import * as pricing from "../../app/api/pricing/route";
import * as logRoot from "../../app/api/log/route";
import * as logSelf from "../../app/api/log/self/route";
import * as mjRoot from "../../app/api/mj/route";
import * as mjSelf from "../../app/api/mj/self/route";
import * as notifySelf from "../../app/api/notify/self/route";
import { getDb } from "../../lib/db";
import { asUser, callRoute } from "../support/call-route";
import { makeChannel, makeKey, makeUser } from "../support/fixtures";

type Role = "public" | "user" | "admin" | "root";
type Handler = Parameters<typeof callRoute>[0];
// expect: the HTTP status, and whether the envelope says success (new-api answers refusals that are
// not about the session or the role with HTTP 200 and success:false).
interface Caller { name: string; headers: () => Promise<Record<string, string>>; role: number | null; expect?: { status: number; success: boolean } }

let users: Record<"user" | "other" | "admin" | "root" | "disabled", Awaited<ReturnType<typeof makeUser>>>;
let ownKeyId: number;
let channelId: number;

beforeAll(async () => {
  users = {
    user: await makeUser(), other: await makeUser(), admin: await makeUser({ role: 10 }),
    root: await makeUser({ role: 100 }), disabled: await makeUser(),
  };
  await getDb().user.update({ where: { id: users.disabled.id }, data: { status: 2 } });
  ownKeyId = (await makeKey(users.user.id)).id;
  channelId = (await makeChannel({ url: "http://127.0.0.1:9" })).id;
});

// GET /api/user/token rotates the caller's access token, so read the current one each time.
const current = async (user: { id: number }) => {
  const { accessToken } = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { accessToken: true } });
  return { id: user.id, accessToken: accessToken! };
};

const callers: Caller[] = [
  { name: "anonymous", headers: async () => ({}), role: null, expect: { status: 401, success: false } },
  { name: "an invalid token", headers: async () => ({ authorization: "Bearer not-a-token", "new-api-user": String(users.user.id) }), role: null, expect: { status: 401, success: false } },
  { name: "a spoofed New-Api-User", headers: async () => ({ authorization: (await current(users.user)).accessToken, "new-api-user": String(users.root.id) }), role: null, expect: { status: 401, success: false } },
  { name: "no New-Api-User", headers: async () => ({ authorization: (await current(users.user)).accessToken }), role: null, expect: { status: 401, success: false } },
  { name: "a disabled user", headers: async () => asUser(await current(users.disabled)), role: null, expect: { status: 200, success: false } },
  { name: "a user", headers: async () => asUser(await current(users.user)), role: 1 },
  { name: "an admin", headers: async () => asUser(await current(users.admin)), role: 10 },
  { name: "root", headers: async () => asUser(await current(users.root)), role: 100 },
];

const ROLE_LEVEL: Record<Role, number> = { public: 0, user: 1, admin: 10, root: 100 };

const routes: { name: string; handler: Handler; role: Role; path?: string; params?: () => Record<string, string>; body?: () => unknown }[] = [
  { name: "GET /api/user/self", handler: userSelf.GET, role: "user" },
  { name: "PUT /api/user/self", handler: userSelf.PUT, role: "user", body: () => ({ display_name: "Me" }) },
  { name: "GET /api/user/token", handler: userToken.GET, role: "user" },
  { name: "GET /api/user/self/webhook", handler: webhook.GET, role: "user" },
  { name: "GET /api/user/", handler: userRoot.GET, role: "admin" },
  { name: "GET /api/user/search", handler: userSearch.GET, role: "admin", path: "/api/user/search?keyword=user" },
  { name: "GET /api/user/{id}", handler: userById.GET, role: "admin", params: () => ({ id: String(users.other.id) }) },
  { name: "POST /api/user/manage", handler: userManage.POST, role: "admin", body: () => ({ id: users.other.id, action: "enable" }) },
  { name: "GET /api/token/", handler: tokenRoot.GET, role: "user" },
  { name: "GET /api/token/search", handler: tokenSearch.GET, role: "user" },
  { name: "POST /api/token/", handler: tokenRoot.POST, role: "user", body: () => ({ name: "matrix" }) },
  { name: "GET /api/channel/", handler: channelRoot.GET, role: "admin" },
  { name: "GET /api/channel/search", handler: channelSearch.GET, role: "admin" },
  { name: "GET /api/channel/{id}", handler: channelById.GET, role: "admin", params: () => ({ id: String(channelId) }) },
  { name: "POST /api/channel/", handler: channelRoot.POST, role: "admin", body: () => ({ name: "m", base_url: "http://127.0.0.1:9", key: "s" }) },
  { name: "GET /api/option/", handler: option.GET, role: "root" },
  { name: "PUT /api/option/", handler: option.PUT, role: "root", body: () => ({ key: "RetryTimes", value: "1" }) },
  { name: "GET /api/group/", handler: group.GET, role: "admin" },
  { name: "GET /api/pricing", handler: pricing.GET, role: "public" },
  { name: "GET /api/log/", handler: logRoot.GET, role: "admin" },
  { name: "GET /api/log/self", handler: logSelf.GET, role: "user" },
  { name: "GET /api/mj/", handler: mjRoot.GET, role: "admin" },
  { name: "GET /api/mj/self", handler: mjSelf.GET, role: "user" },
  { name: "GET /api/notify/self", handler: notifySelf.GET, role: "user" },
];

function expected(route: (typeof routes)[number], caller: Caller): { status: number; success: boolean } {
  if (route.role === "public") return { status: 200, success: true };
  if (caller.expect) return caller.expect;
  return caller.role! >= ROLE_LEVEL[route.role] ? { status: 200, success: true } : { status: 403, success: false };
}

describe.each(routes)("$name", (route) => {
  test.each(callers)("as $name", async (caller) => {
    const res = await callRoute(route.handler, {
      path: route.path ?? "/api/x", headers: await caller.headers(), params: route.params?.(), body: route.body?.(),
      method: route.name.split(" ")[0],
    });
    const want = expected(route, caller);
    expect(res.status, JSON.stringify(res.body)).toBe(want.status);
    expect(res.body.success).toBe(want.success);
    if (!want.success) expect(res.body.message).toEqual(expect.stringMatching(/\w/));
  });
});

describe("ownership and role rules", () => {
  test("another user's key is not found, for users and admins alike", async () => {
    for (const who of [await current(users.other), await current(users.admin)]) {
      const res = await callRoute(tokenById.GET, { path: "", headers: asUser(who), params: { id: String(ownKeyId) } });
      expect(res.body).toMatchObject({ success: false, message: expect.stringMatching(/no such api key/i) });
      const reveal = await callRoute(tokenKey.POST, { path: "", method: "POST", headers: asUser(who), params: { id: String(ownKeyId) } });
      expect(reveal.body).toMatchObject({ success: false });
      expect(reveal.body.data).toBeUndefined();
    }
    const mine = await callRoute(tokenKey.POST, { path: "", method: "POST", headers: asUser(await current(users.user)), params: { id: String(ownKeyId) } });
    expect(mine.body.data.key).toMatch(/^[0-9A-Za-z]{48}$/);
  });

  test("an admin cannot manage another admin or root; root can; only root promotes", async () => {
    const target = await makeUser({ role: 10 });
    const byAdmin = await callRoute(userManage.POST, { path: "", headers: asUser(await current(users.admin)), body: { id: target.id, action: "disable" } });
    expect(byAdmin.body).toMatchObject({ success: false, message: expect.stringMatching(/equal to or higher/) });
    const promoteByAdmin = await callRoute(userManage.POST, { path: "", headers: asUser(await current(users.admin)), body: { id: users.other.id, action: "promote" } });
    expect(promoteByAdmin.body).toMatchObject({ success: false, message: expect.stringMatching(/Only root/) });
    const byRoot = await callRoute(userManage.POST, { path: "", headers: asUser(await current(users.root)), body: { id: target.id, action: "demote" } });
    expect(byRoot.body).toMatchObject({ success: true, data: { role: 1 } });
    const rootByAdmin = await callRoute(userById.DELETE, { path: "", method: "DELETE", headers: asUser(await current(users.admin)), params: { id: String(users.root.id) } });
    expect(rootByAdmin.body).toMatchObject({ success: false });
    expect(await getDb().user.count({ where: { id: users.root.id } })).toBe(1);
  });

  test("a demoted admin loses admin routes at once (roles are read per request)", async () => {
    const admin = await makeUser({ role: 10 });
    expect((await callRoute(channelRoot.GET, { path: "", headers: asUser(admin) })).status).toBe(200);
    await callRoute(userManage.POST, { path: "", headers: asUser(await current(users.root)), body: { id: admin.id, action: "demote" } });
    expect((await callRoute(channelRoot.GET, { path: "", headers: asUser(admin) })).status).toBe(403);
  });

  test("channel keys and password hashes are never returned", async () => {
    const channels = await callRoute(channelRoot.GET, { path: "", headers: asUser(await current(users.admin)) });
    expect(JSON.stringify(channels.body)).not.toMatch(/"key"/);
    const list = await callRoute(userRoot.GET, { path: "", headers: asUser(await current(users.admin)) });
    expect(JSON.stringify(list.body)).not.toMatch(/password|access_token|webhook/i);
  });

  test("bad input on management routes is refused with a sentence, HTTP 200 as new-api answers it", async () => {
    const cases: [Handler, unknown, RegExp][] = [
      [channelRoot.POST, { name: "x", base_url: "not a url" }, /base_url/],
      [tokenRoot.POST, { name: "" }, /name/],
      [option.PUT, { key: "GroupRatio", value: "{bad" }, /JSON object/],
      [option.PUT, { key: "Nope", value: "1" }, /Unknown option/],
      [userManage.POST, { id: users.other.id, action: "explode" }, /action/],
    ];
    for (const [handler, body, message] of cases) {
      const res = await callRoute(handler, { path: "", headers: asUser(await current(users.root)), body, method: handler === option.PUT ? "PUT" : "POST" });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ success: false, message: expect.stringMatching(message) });
    }
    const badId = await callRoute(userById.GET, { path: "", headers: asUser(await current(users.root)), params: { id: "abc" } });
    // A segment that is not an id names no endpoint (new-api's front-end calls /api/user/aff…): a JSON 404.
    expect(badId.status).toBe(404);
    expect(badId.body).toMatchObject({ success: false, message: expect.stringMatching(/not an id/) });
  });
  test("a user cannot be created in or moved to a group that has no ratio", async () => {
    const root = await current(users.root);
    const created = await callRoute(userRoot.POST, { path: "", headers: asUser(root), body: { username: "nogroup", password: "long enough pw", group: "gold" } });
    expect(created.body).toMatchObject({ success: false, message: expect.stringMatching(/group "gold" does not exist/) });
    const moved = await callRoute(userRoot.PUT, { path: "", method: "PUT", headers: asUser(root), body: { id: users.other.id, group: "gold" } });
    expect(moved.body).toMatchObject({ success: false, message: expect.stringMatching(/group "gold" does not exist/) });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: users.other.id } })).group).toBe("default");
    const vip = await callRoute(userRoot.PUT, { path: "", method: "PUT", headers: asUser(root), body: { id: users.other.id, group: "vip" } });
    expect(vip.body.data.group).toBe("vip");
  });
});
