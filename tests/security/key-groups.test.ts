// Issue 9 item 2: a user may give an API key only a group they may use — their own, or one
// an admin marks user-selectable (UserUsableGroups) — on create and on update.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as createKey, PUT as updateKey } from "../../app/api/token/route";
import { getDb } from "../../lib/db";
import { setOption } from "../../lib/options/options";
import { asUser, callRoute } from "../support/call-route";
import { makeUser } from "../support/fixtures";

beforeAll(async () => {
  await setOption("GroupRatio", JSON.stringify({ default: 1, vip: 2, svip: 3, cheap: 0.5 }));
  await setOption("UserUsableGroups", JSON.stringify({ default: "Default", cheap: "Night owls" }));
});
afterAll(async () => {
  await setOption("GroupRatio", JSON.stringify({ default: 1, vip: 1, svip: 1 }));
  await setOption("UserUsableGroups", JSON.stringify({ default: "Default group" }));
});

const create = (user: Awaited<ReturnType<typeof makeUser>>, group: string) =>
  callRoute(createKey, { path: "/api/token/", headers: asUser(user), body: { name: "k", unlimited_quota: true, group } });

describe("POST /api/token/", () => {
  test.each([
    ["another group's (vip)", "default", "vip"],
    ["a group without a ratio", "default", "nosuch"],
    ["a selectable group that has no ratio", "default", "ghost"],
  ])("%s is refused with success:false and a sentence naming the usable groups", async (_name, userGroup, group) => {
    await setOption("UserUsableGroups", JSON.stringify({ default: "Default", cheap: "Night owls", ghost: "No ratio" }));
    const user = await makeUser({ group: userGroup });
    const res = await create(user, group);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(false);
    expect(res.body.message).toMatch(new RegExp(`may not give an API key the group "${group}"`));
    expect(res.body.message).toMatch(/"default", "cheap"/);
    expect(await getDb().token.count({ where: { userId: user.id } })).toBe(0);
    await setOption("UserUsableGroups", JSON.stringify({ default: "Default", cheap: "Night owls" }));
  });

  test.each([
    ["the user's own group", "vip", "vip"],
    ["a selectable group", "default", "cheap"],
    ["no group (follow the owner)", "vip", ""],
  ])("%s is accepted", async (_name, userGroup, group) => {
    const user = await makeUser({ group: userGroup });
    const res = await create(user, group);
    expect(res.body).toMatchObject({ success: true, data: { group } });
  });
});

describe("PUT /api/token/", () => {
  test("moving a key to a group the user may not use is refused and changes nothing", async () => {
    const user = await makeUser({ group: "default" });
    const { data: key } = (await create(user, "cheap")).body;
    const res = await callRoute(updateKey, { path: "/api/token/", method: "PUT", headers: asUser(user), body: { id: key.id, name: "k", group: "svip" } });
    expect(res.body.success).toBe(false);
    expect(res.body.message).toMatch(/group "svip"/);
    expect((await getDb().token.findUniqueOrThrow({ where: { id: key.id } })).group).toBe("cheap");
  });

  test("a key keeps a group it already has after the admin narrows the list", async () => {
    const user = await makeUser({ group: "default" });
    const { data: key } = (await create(user, "cheap")).body;
    await setOption("UserUsableGroups", JSON.stringify({ default: "Default" }));
    const res = await callRoute(updateKey, { path: "/api/token/", method: "PUT", headers: asUser(user), body: { id: key.id, name: "renamed", group: "cheap" } });
    expect(res.body).toMatchObject({ success: true, data: { name: "renamed", group: "cheap" } });
    await setOption("UserUsableGroups", JSON.stringify({ default: "Default", cheap: "Night owls" }));
  });
});
