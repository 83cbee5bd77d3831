// Issue 9 in a real browser against the started product: CORS for browser clients of the
// relay (the preflight Chromium sends), security headers on pages and APIs, CSRF with a real
// session cookie, and forwarded images shown cross-origin despite their sandboxing CSP.
import { createServer, type Server } from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_ADMIN } from "../constants";

// Pages of "other sites" come from a real server on loopback (Chromium's Private Network
// Access would block a public origin from calling the gateway on 127.0.0.1 at all):
// http://localhost:<port> is another site than http://127.0.0.1:<gateway port>, and
// http://127.0.0.1:<port> is the same site on another origin (a sibling, as a subdomain is).
const CLIENT_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const OTHER_ORIGIN = `http://localhost:${CLIENT_PORT}`;
const SIBLING_ORIGIN = `http://127.0.0.1:${CLIENT_PORT}`;
let clientServer: Server;
test.beforeAll(async () => {
  clientServer = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>client</title>"));
  await new Promise<void>((resolve) => clientServer.listen(CLIENT_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => new Promise<void>((resolve) => clientServer.close(() => resolve())));

async function signIn(request: APIRequestContext) {
  const login = await request.post("/api/user/login", { data: E2E_ADMIN });
  expect(login.status()).toBe(200);
  return (await login.json()).data as { id: number };
}

async function relayKey(request: APIRequestContext, userId: number): Promise<string> {
  const headers = { "new-api-user": String(userId) };
  const created = await (await request.post("/api/token/", { headers, data: { name: `e2e cors ${Date.now()}`, unlimited_quota: true } })).json();
  expect(created.success).toBe(true);
  return (await (await request.post(`/api/token/${created.data.id}/key`, { headers })).json()).data.key;
}

/** Opens a page of another site. */
async function onOtherOrigin(page: Page) {
  await page.goto(`${OTHER_ORIGIN}/app`);
}

test.describe("CORS on the relay", () => {
  test("a page on another origin fetches /mj/task/{id}/fetch with mj-api-secret (preflighted)", async ({ page, request, baseURL }) => {
    const me = await signIn(request);
    const key = await relayKey(request, me.id);
    await onOtherOrigin(page);
    const answer = await page.evaluate(async ({ url, key }) => {
      const res = await fetch(url, { headers: { "mj-api-secret": key, "Idempotency-Key": "x" } });
      return { status: res.status, body: await res.json() };
    }, { url: `${baseURL}/mj/task/no-such-task/fetch`, key });
    // mj-api-secret is not a CORS-safelisted header, so Chromium preflighted the request; it then
    // let the page read the answer: the gateway's own "no such task" in its envelope.
    expect(answer).toMatchObject({ status: 404, body: { code: 4, description: expect.stringMatching(/No task/) } });
  });

  test("a POST submit under a mode prefix from another origin is allowed; the preflight is a 204", async ({ page, request, baseURL }) => {
    const me = await signIn(request);
    const key = await relayKey(request, me.id);
    const preflight = await request.fetch(`${baseURL}/mj-relax/mj/submit/imagine`, {
      method: "OPTIONS",
      headers: { origin: OTHER_ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type,idempotency-key" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-headers"]).toMatch(/mj-api-secret/i);
    await onOtherOrigin(page);
    const answer = await page.evaluate(async ({ url, key }) => {
      const res = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ prompt: "a cross-origin fox" }) });
      return res.json();
    }, { url: `${baseURL}/mj-relax/mj/submit/imagine`, key });
    expect(answer.code).toBe(1);
  });

  test("a forwarded image shows in an <img> on another origin despite its sandboxing CSP", async ({ page, request, playwright, baseURL }) => {
    const me = await signIn(request);
    const key = await relayKey(request, me.id);
    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
    const submit = await (await client.post("/mj/submit/imagine", { data: { prompt: "an image for another origin" } })).json();
    let imageUrl = "";
    await expect.poll(async () => {
      const task = await (await client.get(`/mj/task/${submit.result}/fetch`)).json();
      imageUrl = task.imageUrl ?? "";
      return task.status;
    }, { timeout: 30_000 }).toBe("SUCCESS");
    const direct = await request.get(new URL(imageUrl, baseURL).toString());
    expect(direct.headers()["content-security-policy"]).toContain("sandbox");
    await onOtherOrigin(page);
    const width = await page.evaluate(async (src) => {
      const img = document.createElement("img");
      img.src = src;
      document.body.append(img);
      await img.decode();
      return img.naturalWidth;
    }, new URL(imageUrl, baseURL).toString());
    expect(width).toBeGreaterThan(0);
  });

  test("the management API grants no CORS", async ({ page, baseURL }) => {
    await onOtherOrigin(page);
    const outcome = await page.evaluate(async (url) => fetch(url).then(() => "read", () => "blocked"), `${baseURL}/api/pricing`);
    expect(outcome).toBe("blocked");
  });
});

test.describe("security headers", () => {
  test("pages carry a nonce CSP that forbids framing; Next's own scripts carry the nonce", async ({ request }) => {
    const res = await request.get("/login");
    const csp = res.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("'unsafe-inline' 'nonce");
    expect(res.headers()).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "strict-origin-when-cross-origin" });
    expect(await res.text()).toContain(`nonce="${nonce}"`);
    const again = (await request.get("/login")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  });

  test("API answers are never documents; HSTS only over https", async ({ request }) => {
    for (const path of ["/api/pricing", "/mj/task/x/fetch"]) {
      const res = await request.get(path);
      expect(res.headers()).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY" });
      expect(res.headers()["content-security-policy"]).toContain("default-src 'none'");
      expect(res.headers()["strict-transport-security"]).toBeUndefined();
    }
    const https = await request.get("/api/pricing", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  test("a malformed %-escape in a path gets the API's envelope, not a plain 500", async ({ request }) => {
    const relay = await request.get("/mj/task/%E0%A4%A/fetch");
    expect(relay.status()).toBe(400);
    expect(await relay.json()).toMatchObject({ code: 4 });
    const api = await request.get("/api/user/%E0%A4%A");
    expect(await api.json()).toMatchObject({ success: false });
  });
});

test.describe("CSRF with a real session", () => {
  test("the portal's own requests work; the same request from another site does not", async ({ page, baseURL }) => {
    await page.goto("/login");
    await page.getByLabel("Username").fill(E2E_ADMIN.username);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    // Same origin: the browser sends Sec-Fetch-Site: same-origin.
    const own = await page.evaluate(async () => (await fetch("/api/user/self/webhook", { method: "POST" })).json());
    expect(own).toMatchObject({ success: true, data: { secret: expect.stringMatching(/^whsec_/) } });
    const before = await page.evaluate(async () => (await fetch("/api/user/self/webhook")).json());

    // A same-site page (another port of the same host: cross-origin, yet the browser sends
    // the SameSite=Lax session cookie) fires the change without a preflight.
    const attacker = await page.context().newPage();
    await attacker.goto(`${SIBLING_ORIGIN}/sibling`);
    const answer = attacker.waitForResponse((r) => r.url().endsWith("/api/user/self/webhook"));
    await attacker.evaluate((url) => fetch(url, { method: "POST", mode: "no-cors", credentials: "include" }).catch(() => undefined), `${baseURL}/api/user/self/webhook`);
    expect((await answer).status()).toBe(403);
    const after = await page.evaluate(async () => (await fetch("/api/user/self/webhook")).json());
    expect(after.data.secret).toBe(before.data.secret);
  });
});
