// chatgpt-web-midjourney-proxy in direct mode, replayed in Chromium: a page of another origin
// calls ${MJ_SERVER}/mj/... with mj-api-secret exactly as src/api/mjapi.ts does (every call
// preflighted), follows a shorten with a picked prompt (description "…confirm" → modal with
// properties.finalPrompt), polls fetch every few seconds, and caches the image the way
// mjsave.ts does: <img crossOrigin="anonymous"> drawn on a canvas (needs CORS on the image).
import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../constants";

const CLIENT_PORT = Number(process.env.E2E_PORT ?? 3100) + 3;
const CLIENT_ORIGIN = `http://localhost:${CLIENT_PORT}`;
let clientServer: Server;
test.beforeAll(async () => {
  clientServer = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>chatgpt-web</title>"));
  await new Promise<void>((resolve) => clientServer.listen(CLIENT_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => new Promise<void>((resolve) => clientServer.close(() => resolve())));

test("direct mode: shorten, pick a prompt through the modal, poll to SUCCESS, cache the image on a canvas @smoke", async ({ page, request, baseURL }) => {
  const me = (await (await request.post("/api/user/login", { data: E2E_ADMIN })).json()).data;
  const headers = { "new-api-user": String(me.id) };
  const created = await (await request.post("/api/token/", { headers, data: { name: "chatgpt-web", unlimited_quota: true } })).json();
  const key: string = (await (await request.post(`/api/token/${created.data.id}/key`, { headers })).json()).data.key;

  await page.goto(`${CLIENT_ORIGIN}/`);
  const outcome = await page.evaluate(async ({ server, secret }) => {
    // mjFetch: JSON with mj-api-secret; POST when there is a body; a non-2xx rejects.
    const mjFetch = async (path: string, data?: unknown) => {
      const res = await fetch(`${server}${path}`, {
        method: data === undefined ? "GET" : "POST",
        headers: { "Content-Type": "application/json", "mj-api-secret": secret },
        body: data === undefined ? undefined : JSON.stringify(data),
      });
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
      return res.json();
    };
    const poll = async (id: string) => {
      for (let i = 0; i < 100; i++) {
        const task = await mjFetch(`/mj/task/${id}/fetch`);
        if (task.status === "SUCCESS" || task.status === "FAILURE") return task;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`task ${id} did not finish`);
    };

    const shorten = await mjFetch("/mj/submit/shorten", { prompt: "a very long prompt about a lighthouse in a storm at night", botType: "MID_JOURNEY" });
    if (shorten.code !== 1 && shorten.code !== 22) throw new Error(`shorten: ${JSON.stringify(shorten)}`);
    const shortened = await poll(shorten.result);
    const button = shortened.buttons.find((b: { customId: string }) => b.customId.indexOf("PromptAnalyzer::1") > -1);

    // changeV2: press the button; "confirm" in the description means a modal with the final prompt.
    const pressed = await mjFetch("/mj/submit/action", { customId: button.customId, taskId: shortened.id });
    let taskId = pressed.result;
    if (pressed.description && pressed.description.indexOf("confirm") > -1) {
      const confirmed = await mjFetch("/mj/submit/modal", { taskId: pressed.result, prompt: pressed.properties.finalPrompt ?? "" });
      taskId = confirmed.result;
    } else if (pressed.code === 21) {
      taskId = (await mjFetch("/mj/submit/modal", { taskId: pressed.result })).result;
    }
    const imagined = await poll(taskId);

    // url2base64: the image into an anonymous-CORS <img>, onto a canvas, out as a data URL.
    const cached = await new Promise<string>((resolve, reject) => {
      const img = new Image();
      img.crossOrigin = "anonymous";
      img.onload = () => {
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        canvas.getContext("2d")!.drawImage(img, 0, 0);
        resolve(canvas.toDataURL("image/jpeg"));
      };
      img.onerror = () => reject(new Error("image blocked"));
      img.src = new URL(imagined.imageUrl, server).toString();
    });
    const gallery = await mjFetch("/mj/task/list-by-condition", { ids: [Number(taskId)] });
    return {
      zh: typeof shortened.properties.finalZhPrompt, action: imagined.action, status: imagined.status, sameId: taskId === pressed.result,
      cachedPrefix: cached.slice(0, 23), gallery: gallery.map((t: { id: string }) => t.id),
    };
  }, { server: baseURL!, secret: key });

  expect(outcome).toEqual({ zh: "string", action: "IMAGINE", status: "SUCCESS", sameId: true, cachedPrefix: "data:image/jpeg;base64,", gallery: [expect.any(String)] });
});
