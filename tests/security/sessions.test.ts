// Issue 9 item 9: a portal session carries the user's session epoch from sign-in and ends
// when that epoch moves on: logout, password change, disable, role change. (The cookie replay
// against the started product is in e2e/api/security.spec.ts.)
import { describe, expect, test } from "vitest";
import { GET as authGet, POST as authPost } from "../../app/api/auth/[...nextauth]/route";
import { GET as logout } from "../../app/api/user/logout/route";
import { PUT as updateSelf } from "../../app/api/user/self/route";
import { PUT as updateUser } from "../../app/api/user/route";
import { POST as manage } from "../../app/api/user/manage/route";
import { getDb } from "../../lib/db";
import { ROLE } from "../../lib/auth/roles";
import { loadSessionUser } from "../../lib/users/load-active-user";
import { asUser, callRoute } from "../support/call-route";
import { makeUser } from "../support/fixtures";

const PASSWORD = "correct horse battery";
const epochOf = async (id: number) => (await getDb().user.findUniqueOrThrow({ where: { id }, select: { sessionEpoch: true } })).sessionEpoch;

/** Signs in through Auth.js's credentials callback and reads the session back. */
async function signIn(username: string) {
  const csrf = await authGet(new Request("http://gateway.test/api/auth/csrf"));
  const csrfCookie = (csrf.headers.get("set-cookie") ?? "").split(";")[0]!;
  const callback = await authPost(new Request("http://gateway.test/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ username, password: PASSWORD, csrfToken: (await csrf.json()).csrfToken }).toString(),
  }));
  const sessionCookie = /authjs\.session-token=[^;]+/.exec(callback.headers.get("set-cookie") ?? "")![0];
  const session = await (await authGet(new Request("http://gateway.test/api/auth/session", { headers: { cookie: sessionCookie } }))).json();
  return session as { uid: number; epoch: number };
}

describe("a session remembers the epoch it began in", () => {
  test("Auth.js's session carries uid and epoch, and it is valid until the epoch moves", async () => {
    const user = await makeUser();
    const session = await signIn(user.username);
    expect(session).toMatchObject({ uid: user.id, epoch: 0 });
    expect(await loadSessionUser(session.uid, session.epoch)).toMatchObject({ id: user.id });
    await getDb().user.update({ where: { id: user.id }, data: { sessionEpoch: 3 } });
    expect(await loadSessionUser(session.uid, session.epoch)).toBeNull();
    expect((await signIn(user.username)).epoch).toBe(3);
  });
});

describe("what ends every session of a user", () => {
  test("logout", async () => {
    const user = await makeUser();
    const before = await epochOf(user.id);
    // In-process, Auth.js's signOut (cookie clearing) lacks Next's request scope; what matters is
    // that the epoch moved before it, so every copy of the cookie is dead.
    await callRoute(logout, { path: "", headers: asUser(user) });
    expect(await loadSessionUser(user.id, before)).toBeNull();
  });

  test("changing one's password (not a display-name change)", async () => {
    const user = await makeUser();
    await callRoute(updateSelf, { path: "", method: "PUT", headers: asUser(user), body: { display_name: "New name" } });
    const before = await epochOf(user.id);
    expect(await loadSessionUser(user.id, before)).not.toBeNull();
    const res = await callRoute(updateSelf, { path: "", method: "PUT", headers: asUser(user), body: { password: "a brand new password", original_password: PASSWORD } });
    expect(res.body.success).toBe(true);
    expect(await loadSessionUser(user.id, before)).toBeNull();
  });

  test.each([
    ["disable", { action: "disable" }, ROLE.user],
    ["promote", { action: "promote" }, ROLE.user],
    ["demote", { action: "demote" }, ROLE.admin],
  ])("an admin's %s", async (_name, command, role) => {
    const root = await makeUser({ role: ROLE.root });
    const user = await makeUser({ role });
    const before = await epochOf(user.id);
    expect((await callRoute(manage, { path: "", headers: asUser(root), body: { id: user.id, ...command } })).body.success).toBe(true);
    expect(await loadSessionUser(user.id, before)).toBeNull();
  });

  test.each([
    ["a new password", { password: "set by the admin" }, true],
    ["a new role", { role: ROLE.admin }, true],
    ["only a new display name", { display_name: "Renamed" }, false],
  ])("an admin's edit with %s", async (_name, change, ends) => {
    const root = await makeUser({ role: ROLE.root });
    const user = await makeUser();
    const before = await epochOf(user.id);
    expect((await callRoute(updateUser, { path: "", method: "PUT", headers: asUser(root), body: { id: user.id, ...change } })).body.success).toBe(true);
    expect((await loadSessionUser(user.id, before)) === null).toBe(ends);
  });
});
