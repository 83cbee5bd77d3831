// The started product over real HTTP: management API sign-in and keys, a relay submit
// under a mode prefix, the in-process driver polling it to SUCCESS, image forwarding.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_ADMIN } from "../constants";

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post("/api/user/login", { data: E2E_ADMIN });
  expect(login.status()).toBe(200);
  const me = await (await login.json()).data;
  expect(me).toMatchObject({ username: E2E_ADMIN.username, role: 100 });
  // Rotating the access token is a change: a cookie-authenticated call names its user (CSRF).
  const token = await (await request.get("/api/user/token", { headers: { "new-api-user": String(me.id) } })).json();
  expect(token.success).toBe(true);
  return { authorization: `Bearer ${token.data}`, "new-api-user": String(me.id) };
}

test("a client submits through /mj-fast/mj, the product polls the job to SUCCESS, the image streams @smoke", async ({ request, playwright, baseURL }) => {
  const headers = await adminHeaders(request);
  // A fresh context: access token only, no session cookie.
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
  const created = await (await script.post("/api/token/", { data: { name: "e2e relay", unlimited_quota: true } })).json();
  expect(created.success).toBe(true);
  const revealed = await (await script.post(`/api/token/${created.data.id}/key`)).json();
  // Keys come back without "sk-", as new-api returns them; the relay takes both forms.
  expect(revealed.data.key).toMatch(/^[0-9A-Za-z]{48}$/);

  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer sk-${revealed.data.key}` } });
  const submit = await (await client.post("/mj-fast/mj/submit/imagine", { data: { prompt: "an e2e lighthouse" } })).json();
  expect(submit.code).toBe(1);

  let task: { status: string; imageUrl: string; progress: string } = { status: "", imageUrl: "", progress: "" };
  await expect
    .poll(async () => {
      task = await (await client.get(`/mj/task/${submit.result}/fetch`)).json();
      return task.status;
    }, { timeout: 30_000 })
    .toBe("SUCCESS");
  expect(task.progress).toBe("100%");
  expect(task.imageUrl).toContain(`/mj/image/${submit.result}?sig=`);
  const image = await client.get(task.imageUrl);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  const mine = await (await script.get(`/api/mj/self?mj_id=${submit.result}`)).json();
  expect(mine.data.total).toBe(1);
  expect(mine.data.items[0]).toMatchObject({ mj_id: submit.result, status: "SUCCESS", quota: 50_000 });
});

test("new-api paths with a trailing slash answer directly, and errors keep the envelope", async ({ request }) => {
  const headers = await adminHeaders(request);
  const channels = await request.get("/api/channel/", { headers, maxRedirects: 0 });
  expect(channels.status()).toBe(200);
  expect((await channels.json()).data.items[0]).not.toHaveProperty("key");
  const anonymous = await request.get("/api/mj/", { maxRedirects: 0, headers: { cookie: "" } });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ success: false });
  const badJson = await request.post("/mj/submit/imagine", { headers: { authorization: "Bearer sk-nope", "content-type": "application/json" }, data: "{" });
  expect(badJson.status()).toBe(401);
  expect(await badJson.json()).toMatchObject({ code: 4 });
});
