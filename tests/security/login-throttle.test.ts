// Issue 9 item 8: sign-in is throttled per account and per address with growing delays, on
// POST /api/user/login and on Auth.js's credentials callback alike; an unknown user name costs
// the same password check as a known one.
import { describe, expect, test } from "vitest";
import { POST as login } from "../../app/api/user/login/route";
import { GET as authGet, POST as authPost } from "../../app/api/auth/[...nextauth]/route";
import { MemoryCounterStore } from "../../lib/rate-limit/counter-store";
import { checkCredentials, delayAfter, FREE_FAILURES, loginRecordKeys } from "../../lib/rate-limit/login-throttle";
import { authenticateUser } from "../../lib/users/authenticate-user";
import { callRoute } from "../support/call-route";
import { makeUser } from "../support/fixtures";

const PASSWORD = "correct horse battery";
let address = 10;
const nextAddress = () => `203.0.113.${address++}`;
const attempt = (username: string, password: string, ip: string) => callRoute(login, { path: "/api/user/login", headers: { "x-mj-peer": ip }, body: { username, password } });

describe("POST /api/user/login", () => {
  test("after 5 wrong passwords the account must wait, even with the right one (429, Retry-After)", async () => {
    const user = await makeUser();
    const ip = nextAddress();
    for (let i = 0; i < FREE_FAILURES.account; i++) {
      expect((await attempt(user.username, "wrong", ip)).body.message).toMatch(/Wrong username or password/);
    }
    const locked = await login(new Request("http://gateway.test/api/user/login", { method: "POST", headers: { "content-type": "application/json", "x-mj-peer": ip }, body: JSON.stringify({ username: user.username, password: PASSWORD }) }), { params: Promise.resolve({}) });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await locked.json()).toMatchObject({ success: false, message: expect.stringMatching(/Too many failed sign-ins: wait \d+ s/) });
    // The lock is on the account: another address is refused too.
    expect((await attempt(user.username, PASSWORD, nextAddress())).status).toBe(429);
  });

  test("an unknown user name is throttled alike (the throttle tells nothing about which names exist)", async () => {
    const ip = nextAddress();
    for (let i = 0; i < FREE_FAILURES.account; i++) await attempt("nobody_by_this_name", "x", ip);
    expect((await attempt("nobody_by_this_name", "x", ip)).status).toBe(429);
  });

  test("one address spraying many accounts is throttled after 20 failures", async () => {
    const ip = nextAddress();
    for (let i = 0; i < FREE_FAILURES.address; i++) await attempt(`spray_${i}`, "x", ip);
    const victim = await makeUser();
    expect((await attempt(victim.username, PASSWORD, ip)).status).toBe(429);
    expect((await attempt(victim.username, PASSWORD, nextAddress())).status).not.toBe(429);
  });
});

describe("the throttle over time", () => {
  test("delays double after the free failures, up to 15 minutes", () => {
    expect([4, 5, 6, 7, 30].map((n) => delayAfter(n, 5))).toEqual([0, 1000, 2000, 4000, 15 * 60_000]);
  });

  test("once the delay has passed, the right password signs in and clears the account's record", async () => {
    const user = await makeUser();
    const store = new MemoryCounterStore();
    const ip = nextAddress();
    const keys = loginRecordKeys(user.username, ip);
    for (let i = 0; i < 6; i++) await store.fail(keys.account, 15 * 60_000, Date.now());
    await expect(checkCredentials(user.username, PASSWORD, ip, store)).rejects.toMatchObject({ code: "rate_limited" });
    // Time passes: the same six failures, the last of them long ago.
    await store.clear(keys.account);
    for (let i = 0; i < 6; i++) await store.fail(keys.account, 15 * 60_000, Date.now() - 60_000);
    expect(await checkCredentials(user.username, PASSWORD, ip, store)).toMatchObject({ id: user.id });
    expect((await store.failures(keys.account)).count).toBe(0);
  });
});

describe("Auth.js's credentials callback", () => {
  async function csrf(ip: string) {
    const res = await authGet(new Request("http://gateway.test/api/auth/csrf", { headers: { "x-mj-peer": ip } }));
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
    return { token: (await res.json()).csrfToken as string, cookie };
  }
  async function signInByCallback(username: string, password: string, ip: string) {
    const { token, cookie } = await csrf(ip);
    const res = await authPost(new Request("http://gateway.test/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-mj-peer": ip },
      body: new URLSearchParams({ username, password, csrfToken: token, callbackUrl: "/tasks" }).toString(),
    }));
    return { location: res.headers.get("location") ?? "", session: /authjs\.session-token=/.test(res.headers.get("set-cookie") ?? "") };
  }

  test("is throttled like /api/user/login: after 5 failures the right password gets no session", async () => {
    const user = await makeUser();
    const ip = nextAddress();
    expect((await signInByCallback(user.username, PASSWORD, ip)).session).toBe(true);
    for (let i = 0; i < FREE_FAILURES.account; i++) expect((await signInByCallback(user.username, "wrong", ip)).location).toMatch(/error=CredentialsSignin/);
    const locked = await signInByCallback(user.username, PASSWORD, ip);
    expect(locked.session).toBe(false);
    expect(locked.location).toMatch(/error=CredentialsSignin/);
  });
});

describe("timing oracle", () => {
  test("an unknown user name takes a password check as long as a wrong password does", async () => {
    const user = await makeUser();
    const time = async (name: string) => {
      const started = performance.now();
      await authenticateUser(name, "not the password");
      return performance.now() - started;
    };
    await time("warm_up_unknown_name");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time(user.username));
      unknown.push(await time(`unknown_${i}`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    // Without the dummy check an unknown name answered in ~1 ms against ~50–350 ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
  });
});
