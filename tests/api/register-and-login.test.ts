import { describe, expect, test } from "vitest";
import { POST as register } from "../../app/api/user/register/route";
import { POST as setup } from "../../app/api/setup/route";
import { setOption } from "../../lib/options/options";
import { authenticateUser } from "../../lib/users/authenticate-user";
import { getDb } from "../../lib/db";
import { callRoute } from "../support/call-route";

describe("first run, registration and credentials", () => {
  test("before set-up nobody can register; set-up creates root once", async () => {
    const early = await callRoute(register, { path: "", body: { username: "early", password: "long enough pw" } });
    expect(early.body).toMatchObject({ success: false, message: expect.stringMatching(/Set up the administrator first/) });
    const first = await callRoute(setup, { path: "", body: { username: "boss", password: "long enough pw" } });
    expect(first.body).toMatchObject({ success: true });
    const root = await getDb().user.findUniqueOrThrow({ where: { username: "boss" } });
    expect(root).toMatchObject({ role: 100, quota: 100_000_000n });
    const second = await callRoute(setup, { path: "", body: { username: "intruder", password: "long enough pw" } });
    expect(second.body).toMatchObject({ success: false, message: expect.stringMatching(/Set-up is done/) });
    expect(await getDb().user.count({ where: { username: "intruder" } })).toBe(0);
  });

  test("registration follows the RegisterEnabled switch and validates its input", async () => {
    await setOption("RegisterEnabled", "false");
    expect((await callRoute(register, { path: "", body: { username: "newbie", password: "long enough pw" } })).body).toMatchObject({ success: false, message: expect.stringMatching(/turned off/) });
    await setOption("RegisterEnabled", "true");
    const ok = await callRoute(register, { path: "", body: { username: "newbie", password: "long enough pw" } });
    expect(ok.body.data).toMatchObject({ username: "newbie", role: 1, quota: 0, group: "default" });
    const dup = await callRoute(register, { path: "", body: { username: "newbie", password: "long enough pw" } });
    expect(dup.body).toMatchObject({ success: false, message: expect.stringMatching(/is taken/) });
    const short = await callRoute(register, { path: "", body: { username: "x", password: "short" } });
    expect(short.body.success).toBe(false);
    expect(short.body.message).toMatch(/username.*3 to 32|password.*8/);
  });

  test("passwords are stored as slow hashes and checked; disabled users cannot sign in", async () => {
    const user = await getDb().user.findUniqueOrThrow({ where: { username: "newbie" } });
    expect(user.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await authenticateUser("newbie", "long enough pw")).toMatchObject({ username: "newbie" });
    expect(await authenticateUser("newbie", "wrong password")).toBeNull();
    await getDb().user.update({ where: { id: user.id }, data: { status: 2 } });
    expect(await authenticateUser("newbie", "long enough pw")).toBeNull();
  });
});

test("two racing set-ups create one root", async () => {
  const { bootstrapRoot } = await import("../../lib/users/bootstrap-root");
  await getDb().user.deleteMany();
  await getDb().option.deleteMany({ where: { key: "SetupDone" } });
  const results = await Promise.all([bootstrapRoot("r1", "long enough pw"), bootstrapRoot("r2", "long enough pw"), bootstrapRoot("r3", "long enough pw")]);
  expect(results.filter(Boolean)).toHaveLength(1);
  expect(await getDb().user.count({ where: { role: 100 } })).toBe(1);
});
