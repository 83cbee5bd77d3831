// Real clients against the started product: new-api's web front-end (its sign-in and the
// paths it calls that a gateway might not serve) and a browser midjourney-proxy client
// (chatgpt-web-midjourney-proxy: mj-api-secret, numeric ids, 21 → modal, upload).
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../constants";

const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAAABJRU5ErkJggg==";

test("new-api's front-end: sign-in answers the classic user object; unknown paths are JSON 404s, not HTML @smoke", async ({ request }) => {
  const wrong = await request.post("/api/user/login?turnstile=", { data: { username: E2E_ADMIN.username, password: "not the password" } });
  expect(wrong.status()).toBe(200);
  expect(await wrong.json()).toMatchObject({ success: false, message: expect.stringMatching(/Wrong username or password/) });

  const login = await request.post("/api/user/login?turnstile=", { data: E2E_ADMIN });
  const user = (await login.json()).data;
  expect(user).toMatchObject({ id: expect.any(Number), username: E2E_ADMIN.username, role: 100, status: 1, group: "default", display_name: expect.any(String) });
  const headers = { "New-API-User": String(user.id), "Cache-Control": "no-store" };

  for (const path of ["/api/status", "/api/user/self/groups", "/api/user/models", "/api/user/aff", "/api/channel/models", "/api/log/self/stat", "/api/data/self/?start_timestamp=1&end_timestamp=2&default_time=hour", "/api/mj/self/?p=1&page_size=10&mj_id=&start_timestamp=1&end_timestamp=2"]) {
    const res = await request.get(path, { headers });
    expect(res.status(), path).toBe(200);
    expect((await res.json()).success, path).toBe(true);
  }
  for (const path of ["/api/user/nope", "/api/no/such/thing", "/api/channel/not-an-id"]) {
    const res = await request.get(path, { headers });
    expect(res.status(), path).toBe(404);
    expect(res.headers()["content-type"], path).toContain("application/json");
    expect(await res.json(), path).toMatchObject({ success: false });
  }
});

test("a midjourney-proxy browser client: unknown relay paths are JSON, submits answer in midjourney-proxy's envelope @smoke", async ({ request, playwright, baseURL }) => {
  const login = await request.post("/api/user/login", { data: E2E_ADMIN });
  const me = (await login.json()).data;
  const created = await (await request.post("/api/token/", { headers: { "New-API-User": String(me.id) }, data: { name: "browser client", unlimited_quota: true } })).json();
  const key = (await (await request.post(`/api/token/${created.data.id}/key`, { headers: { "New-API-User": String(me.id) } })).json()).data.key;
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "mj-api-secret": key, "Content-Type": "application/json" } });

  for (const path of ["/mj/submit/nothing", "/mj-fast/mj/nothing/at/all"]) {
    const res = await client.post(path, { data: {} });
    expect(res.status(), path).toBe(404);
    expect(await res.json(), path).toMatchObject({ code: 4 });
  }

  const upload = await (await client.post("/mj/submit/upload-discord-images", { data: { base64Array: [PNG] } })).json();
  expect(upload).toMatchObject({ code: 1, result: [expect.stringMatching(/^http/)] });

  const submitted = await (await client.post("/mj/submit/imagine", { data: { base64Array: [], notifyHook: "", prompt: "a browser client fox", state: "", botType: "MID_JOURNEY" } })).json();
  expect(submitted.code).toBe(1);
  let task: { status: string; buttons: { customId: string }[]; imageUrl: string } = { status: "", buttons: [], imageUrl: "" };
  await expect.poll(async () => (task = await (await client.get(`/mj/task/${submitted.result}/fetch`)).json()).status, { timeout: 30_000 }).toBe("SUCCESS");
  const listed = await (await client.post("/mj/task/list-by-condition", { data: { ids: [Number(submitted.result)] } })).json();
  expect(listed.map((t: { id: string }) => t.id)).toEqual([submitted.result]);
  await client.dispose();
});
