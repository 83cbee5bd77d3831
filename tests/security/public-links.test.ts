// Issue 9 item 12: links in answers and callbacks are built from PUBLIC_URL, else the
// ServerAddress option — never from a request's Host header; without either they are
// relative, and the admin is told.
import { afterEach, describe, expect, test } from "vitest";
import { GET as fetchTask } from "../../app/mj/task/[id]/fetch/route";
import { getDb } from "../../lib/db";
import { resetEnv } from "../../lib/env";
import { enqueueNotify } from "../../lib/notify/enqueue";
import { getOptions, setOption } from "../../lib/options/options";
import { publicBaseUrl, publicUrlSource, publicUrlWarning } from "../../lib/tasks/image-link";
import { bearer, callRoute } from "../support/call-route";
import { makeKey, makeUser } from "../support/fixtures";

afterEach(async () => {
  delete process.env.PUBLIC_URL;
  resetEnv();
  await setOption("ServerAddress", "");
});

async function finishedTask(userId: number) {
  const mjId = `link${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const task = await getDb().task.create({
    data: { mjId, userId, action: "IMAGINE", status: "SUCCESS", submitTime: 1n, imageUrl: "http://upstream.internal/a.png", notifyHook: "http://hooks.example/x", version: 1 },
  });
  return { mjId, id: task.id };
}

async function callbackImageUrl(taskId: number): Promise<string> {
  await enqueueNotify(taskId, 1);
  const delivery = await getDb().notifyDelivery.findFirstOrThrow({ where: { taskId } });
  return JSON.parse(delivery.payload).imageUrl;
}

describe("public links", () => {
  test("a forged Host on one request never becomes the base of later callbacks", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id);
    const { mjId, id } = await finishedTask(user.id);
    const read = await callRoute(fetchTask, { path: `/mj/task/${mjId}/fetch`, headers: { ...bearer(key), host: "evil.example", "x-forwarded-host": "evil.example" }, params: { id: mjId } });
    expect(read.body.imageUrl).toMatch(new RegExp(`^/mj/image/${mjId}\\?sig=`));
    expect(await callbackImageUrl(id)).toMatch(new RegExp(`^/mj/image/${mjId}\\?sig=`));
  });

  test("with neither PUBLIC_URL nor ServerAddress, links are relative and the admin is warned", async () => {
    const options = await getOptions();
    expect(publicBaseUrl(options)).toBe("");
    expect(publicUrlSource(options)).toBeNull();
    expect(publicUrlWarning(options)).toMatch(/PUBLIC_URL.*ServerAddress/);
  });

  test("ServerAddress makes callback links absolute", async () => {
    await setOption("ServerAddress", "https://mj.example.com/");
    const user = await makeUser();
    const { mjId, id } = await finishedTask(user.id);
    expect(await callbackImageUrl(id)).toMatch(new RegExp(`^https://mj\\.example\\.com/mj/image/${mjId}\\?sig=`));
    expect(publicUrlWarning(await getOptions())).toBeNull();
  });

  test("PUBLIC_URL wins over ServerAddress", async () => {
    process.env.PUBLIC_URL = "https://public.example.org";
    resetEnv();
    await setOption("ServerAddress", "https://mj.example.com");
    const options = await getOptions();
    expect(publicBaseUrl(options)).toBe("https://public.example.org");
    expect(publicUrlSource(options)).toBe("PUBLIC_URL");
  });
});
