// The fast lane answers the hot relay paths as Next would through app/: the same handlers,
// the same rewrites (mode prefixes, trailing slashes) and the same headers; everything
// else falls through to Next.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db";
import { setOption } from "../options/options";
import { bearer, callRoute } from "../../tests/support/call-route";
import { simulatorWithCustomer } from "../../tests/support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";
import { serveFastLane } from "./fast-lane";
import { fetchTaskRoute } from "./read-routes";

let sim: Simulator;
let server: Server;
let base: string;
let key: string;
let userId: number;

beforeAll(async () => {
  ({ sim, userId, key } = await simulatorWithCustomer());
  server = createServer((req, res) => {
    void serveFastLane(req, res).then((served) => {
      if (!served) res.writeHead(404, { "x-fell-through": "to-next" }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await sim.close();
});

const call = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { ...bearer(key), "content-type": "application/json", ...init.headers } });

describe("the relay's fast lane", () => {
  test("a submit under /mj-fast/ runs in fast mode; fetch under another prefix, with a trailing slash, answers as the route does", async () => {
    const submitted = await call("/mj-fast/mj/submit/imagine", { method: "POST", body: JSON.stringify({ prompt: "a lane" }) });
    expect(submitted.status).toBe(200);
    const { code, result: mjId } = await submitted.json();
    expect(code).toBe(1);
    expect(await getDb().task.findFirstOrThrow({ where: { mjId }, select: { mode: true, userId: true } })).toEqual({ mode: "fast", userId });

    const fetched = await call(`/mj-relax/mj/task/${mjId}/fetch/`);
    expect(fetched.status).toBe(200);
    const direct = await callRoute(fetchTaskRoute, { path: `/mj/task/${mjId}/fetch`, headers: bearer(key), params: { id: mjId } });
    expect(await fetched.json()).toEqual(direct.body);

    const listed = await call("/mj/task/list-by-condition", { method: "POST", body: JSON.stringify({ ids: [mjId, "unknown"] }) });
    expect((await listed.json()).map((task: { id: string }) => task.id)).toEqual([mjId]);
  });

  test("answers carry the relay's CORS and security headers, HSTS behind https, and errors in midjourney-proxy's envelope", async () => {
    const refused = await fetch(`${base}/mj/task/123/fetch`, { headers: { authorization: "Bearer sk-wrong", "x-forwarded-proto": "https" } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 4, description: expect.stringMatching(/not valid/) });
    expect(Object.fromEntries(refused.headers)).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-headers": expect.stringContaining("mj-api-secret"),
      "x-content-type-options": "nosniff",
      "content-security-policy": expect.stringContaining("default-src 'none'"),
      "strict-transport-security": expect.stringContaining("max-age="),
      "content-type": "application/json",
    });
    const plain = await call("/mj/task/123/fetch");
    expect(plain.status).toBe(404);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  test("an upstream's push reaches the task through the lane; a wrong secret is refused", async () => {
    const submitted = await call("/mj/submit/imagine", { method: "POST", body: JSON.stringify({ prompt: "pushed" }) });
    const { result: mjId } = await submitted.json();
    const { channelId } = await getDb().task.findFirstOrThrow({ where: { mjId }, select: { channelId: true } });
    const { callbackSecret } = await getDb().channel.findUniqueOrThrow({ where: { id: channelId! }, select: { callbackSecret: true } });
    const push = (secret: string) =>
      fetch(`${base}/mj/notify/${channelId}/${secret}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: mjId, status: "IN_PROGRESS", progress: "37%" }) });

    const refused = await push("0".repeat(48));
    expect([refused.status, (await refused.json()).code]).toEqual([404, 4]);
    const applied = await push(callbackSecret);
    expect(await applied.json()).toMatchObject({ code: 1, description: "applied", result: mjId });
    expect(await getDb().task.findFirstOrThrow({ where: { mjId }, select: { status: true, progress: true } })).toEqual({ status: "IN_PROGRESS", progress: "37%" });
  });

  test("a body over the relay's 10 MB is a 413 in the envelope, declared or streamed, and the connection still answers", async () => {
    const forwarded = sim.requests.length;
    const declared = await call("/mj/submit/imagine", { method: "POST", body: JSON.stringify({ prompt: "x".repeat(11 << 20) }) });
    expect([declared.status, await declared.json()]).toEqual([413, expect.objectContaining({ code: 4, description: expect.stringMatching(/10 MB/) })]);
    // Chunked, so nothing is declared: cut off while reading, and the rest read and dropped so the answer is not a reset.
    const megabyte = new Uint8Array(1 << 20).fill(32);
    let sent = 0;
    const chunks = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 11) controller.enqueue(megabyte);
        else controller.close();
      },
    });
    const streamed = await call("/mj/submit/imagine", { method: "POST", body: chunks, duplex: "half" } as RequestInit);
    expect([streamed.status, await streamed.json()]).toEqual([413, expect.objectContaining({ code: 4, description: expect.stringMatching(/10 MB/) })]);
    expect(sim.requests.length).toBe(forwarded);
    expect((await call("/mj/submit/imagine", { method: "POST", body: JSON.stringify({ prompt: "after a refusal" }) })).status).toBe(200);
  });

  test("a key past its rate limit gets 429, code 23 and Retry-After through the lane", async () => {
    await setOption("KeyRequestsPerMinute", "1");
    try {
      expect((await call("/mj/task/none/fetch")).status).toBe(404);
      const refused = await call("/mj/task/none/fetch");
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ code: 23 });
    } finally {
      await setOption("KeyRequestsPerMinute", "0");
    }
  });

  test("other paths and methods go on to Next", async () => {
    for (const [path, method] of [["/mj/task/1/fetch", "HEAD"], ["/mj/submit/imagine", "GET"], ["/mj/task/1/image-seed", "GET"], ["/api/status", "GET"], ["/mj-slow/mj/submit/imagine", "POST"], ["/mj/notify/1", "POST"]] as const) {
      const answer = await call(path, { method, ...(method === "POST" ? { body: "{}" } : {}) });
      expect({ path, method, fell: answer.headers.get("x-fell-through") }).toEqual({ path, method, fell: "to-next" });
    }
  });
});
