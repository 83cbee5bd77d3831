// Issue 9 item 6: cookie-authenticated changes need proof they come from our own pages
// (matching Origin, Sec-Fetch-Site: same-origin, or New-Api-User); JSON bodies need a JSON
// content type; login refuses cross-site browsers. (Signed-in successes: e2e/api/security.spec.ts.)
import { describe, expect, test } from "vitest";
import { POST as createKey } from "../../app/api/token/route";
import { POST as rotateWebhook } from "../../app/api/user/self/webhook/route";
import { GET as newAccessToken } from "../../app/api/user/token/route";
import { GET as logout } from "../../app/api/user/logout/route";
import { POST as login } from "../../app/api/user/login/route";
import { getDb } from "../../lib/db";
import { asUser, callRoute } from "../support/call-route";
import { makeUser } from "../support/fixtures";

const SESSION = { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.forged" };

type Route = Parameters<typeof callRoute>[0];
const mutating: [string, Route, string, unknown][] = [
  ["POST /api/token/ (create a key)", createKey, "POST", { name: "csrf", unlimited_quota: true }],
  ["POST /api/user/self/webhook (rotate the webhook secret)", rotateWebhook, "POST", undefined],
  ["GET /api/user/token (rotate the access token)", newAccessToken, "GET", undefined],
  ["GET /api/user/logout", logout, "GET", undefined],
];
const crossSite: [string, Record<string, string>][] = [
  ["a cross-site page (Sec-Fetch-Site: cross-site)", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }],
  ["a sibling subdomain (Sec-Fetch-Site: same-site)", { "sec-fetch-site": "same-site", origin: "https://evil.gateway.test" }],
  ["a foreign Origin without Sec-Fetch-Site", { origin: "https://evil.example" }],
  ["Origin: null (sandboxed frame, data: page)", { origin: "null" }],
  ["no browser evidence at all", {}],
];

describe("cookie-authenticated changes from another site are refused before anything happens", () => {
  test.each(mutating.flatMap(([name, route, method, body]) => crossSite.map(([from, headers]) => [`${name} from ${from}`, route, method, body, headers] as const)))(
    "%s",
    async (_name, route, method, body, headers) => {
      const tokensBefore = await getDb().token.count();
      const res = await callRoute(route, { path: "/api/x", method, headers: { ...SESSION, ...headers }, body, params: { route: "imagine" } });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ success: false, message: expect.stringMatching(/Cross-site request refused/) });
      expect(await getDb().token.count()).toBe(tokensBefore);
    },
  );
});

describe("access-token callers (scripts, new-api's front-end) are not affected", () => {
  test("an access token with New-Api-User creates a key even with a foreign Origin", async () => {
    const user = await makeUser();
    const res = await callRoute(createKey, { path: "", headers: { ...asUser(user), origin: "https://elsewhere.example" }, body: { name: "script", unlimited_quota: true } });
    expect(res.body.success).toBe(true);
  });
});

describe("JSON bodies must say so", () => {
  test.each([
    ["text/plain (what a cross-site form can send)", "text/plain"],
    ["application/x-www-form-urlencoded", "application/x-www-form-urlencoded"],
    ["multipart/form-data", "multipart/form-data; boundary=x"],
  ])("%s is refused", async (_name, type) => {
    const user = await makeUser();
    const res = await callRoute(createKey, { path: "", headers: { ...asUser(user), "content-type": type }, rawBody: JSON.stringify({ name: "k" }) });
    expect(res.body).toMatchObject({ success: false, message: expect.stringMatching(/Content-Type: application\/json/) });
    expect(await getDb().token.count({ where: { userId: user.id } })).toBe(0);
  });

  test("application/json with a charset is fine", async () => {
    const user = await makeUser();
    const res = await callRoute(createKey, { path: "", headers: { ...asUser(user), "content-type": "application/json; charset=utf-8" }, body: { name: "k" } });
    expect(res.body.success).toBe(true);
  });
});

describe("login CSRF", () => {
  test("a cross-site page cannot sign a visitor in to the attacker's account", async () => {
    await makeUser({ username: "csrf_attacker" });
    const res = await callRoute(login, { path: "", headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" }, body: { username: "csrf_attacker", password: "correct horse battery" } });
    expect(res.status).toBe(403);
    expect(res.body.success).toBe(false);
  });

  test("a script (no browser headers) still signs in through the API", async () => {
    await makeUser({ username: "csrf_script" });
    const res = await callRoute(login, { path: "", body: { username: "csrf_script", password: "wrong password" } });
    // The credentials are checked (and refused), i.e. the request was not refused as cross-site.
    expect(res.body).toMatchObject({ success: false, message: expect.stringMatching(/Wrong username or password/) });
  });
});
