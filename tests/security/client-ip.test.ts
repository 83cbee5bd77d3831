// Issue 9 item 5: X-Forwarded-For is believed only from TRUSTED_PROXIES; otherwise the
// socket's address (x-mj-peer, set by scripts/next-server.mjs) is the client's.
import { afterAll, beforeAll, afterEach, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { resetEnv } from "../../lib/env";
import { clientIp } from "../../lib/net/client-ip";
import { bearer, callRoute } from "../support/call-route";
import { makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await makeChannel(sim, { autoBan: 0 });
});
afterAll(async () => sim.close());
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  resetEnv();
});

const trust = (proxies: string) => {
  process.env.TRUSTED_PROXIES = proxies;
  resetEnv();
};
const request = (headers: Record<string, string>) => new Request("http://gateway.test/", { headers });

describe("a key's IP allow-list", () => {
  test("is not bypassed by a forged X-Forwarded-For from an untrusted peer", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id, { allowIps: "198.51.100.0/24" });
    const res = await callRoute(imagine, { path: "", headers: { ...bearer(key), "x-mj-peer": "203.0.113.9", "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.7" }, body: { prompt: "x" } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 4, description: expect.stringMatching(/203\.0\.113\.9/) });
  });

  test("admits the client a trusted reverse proxy names", async () => {
    trust("10.0.0.0/8");
    const user = await makeUser();
    const { key } = await makeKey(user.id, { allowIps: "198.51.100.0/24" });
    const res = await callRoute(imagine, { path: "", headers: { ...bearer(key), "x-mj-peer": "10.1.2.3", "x-forwarded-for": "198.51.100.7" }, body: { prompt: "x" } });
    expect(res.body.code).toBe(1);
  });

  test("refuses when the address cannot be known (no peer reported)", async () => {
    const user = await makeUser();
    const { key } = await makeKey(user.id, { allowIps: "198.51.100.0/24" });
    const res = await callRoute(imagine, { path: "", headers: { ...bearer(key), "x-forwarded-for": "198.51.100.7" }, body: { prompt: "x" } });
    expect(res.status).toBe(403);
  });
});

describe("clientIp", () => {
  test.each([
    ["untrusted peer: forwarding headers ignored", "", { "x-mj-peer": "203.0.113.9", "x-forwarded-for": "1.1.1.1" }, "203.0.113.9"],
    ["IPv4-mapped peer is reported as IPv4", "", { "x-mj-peer": "::ffff:203.0.113.9" }, "203.0.113.9"],
    ["trusted peer: the nearest untrusted hop from the right", "10.0.0.0/8", { "x-mj-peer": "10.0.0.1", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }, "198.51.100.7"],
    ["trusted peer without X-Forwarded-For: X-Real-IP", "10.0.0.0/8", { "x-mj-peer": "10.0.0.1", "x-real-ip": "198.51.100.8" }, "198.51.100.8"],
    ["trusted peer, every hop trusted: the leftmost", "10.0.0.0/8", { "x-mj-peer": "10.0.0.1", "x-forwarded-for": "10.9.9.9, 10.0.0.2" }, "10.9.9.9"],
    ["trusted peer, garbage hop: the peer", "10.0.0.0/8", { "x-mj-peer": "10.0.0.1", "x-forwarded-for": "not-an-ip" }, "10.0.0.1"],
    ["no peer: unknown", "", { "x-forwarded-for": "198.51.100.7" }, ""],
  ])("%s", (_name, proxies, headers, expected) => {
    trust(proxies);
    expect(clientIp(request(headers))).toBe(expected);
  });

  test("the peer header counts only behind our own server (MJ_PEER_HEADER=on)", () => {
    process.env.MJ_PEER_HEADER = "off";
    resetEnv();
    expect(clientIp(request({ "x-mj-peer": "198.51.100.7" }))).toBe("");
    process.env.MJ_PEER_HEADER = "on";
  });
});
