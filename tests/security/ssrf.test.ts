// Issue 9 item 13: notify-hook SSRF — host:port allow entries, IPv6 forms that embed a
// forbidden IPv4 address, and deliveries that connect to the address that was checked.
import { afterAll, describe, expect, test } from "vitest";
import { OPTION_DEFAULTS } from "../../lib/options/defaults";
import { setOption } from "../../lib/options/options";
import { embeddedIpv4 } from "../../lib/net/ip";
import { postPinned } from "../../lib/net/pinned-post";
import { notifyHookProblem, resolveNotifyHook } from "../../lib/notify/hook-url";
import { startReceiver } from "../support/receiver";

const options = (allow = "") => ({ ...OPTION_DEFAULTS, NotifyHookAllow: allow });
afterAll(() => setOption("NotifyHookAllow", ""));

describe("forbidden addresses in every IPv6 disguise are refused", () => {
  test.each([
    ["IPv4-compatible loopback", "http://[::127.0.0.1]/x"],
    ["IPv4-mapped loopback", "http://[::ffff:127.0.0.1]/x"],
    ["IPv4-mapped, hex form", "http://[::ffff:7f00:1]/x"],
    ["IPv4-translated", "http://[::ffff:0:7f00:1]/x"],
    ["NAT64 loopback", "http://[64:ff9b::7f00:1]/x"],
    ["NAT64 metadata", "http://[64:ff9b::169.254.169.254]/x"],
    ["local-use NAT64", "http://[64:ff9b:1::a00:1]/x"],
    ["6to4 loopback", "http://[2002:7f00:1::]/x"],
    ["6to4 private", "http://[2002:c0a8:101::1]/x"],
    ["Teredo with a private server", "http://[2001:0:a00:1::1]/x"],
    ["IPv4-mapped metadata", "http://[::ffff:169.254.169.254]/latest"],
    ["site-local", "http://[fec0::1]/x"],
    ["decimal loopback", "http://2130706433/x"],
    ["0.0.0.0", "http://0.0.0.0:80/x"],
  ])("%s (%s)", async (_name, url) => {
    expect(await notifyHookProblem(url, options())).toMatch(/private or local address/);
  });

  test("public IPv6 and IPv4 addresses, and their public embedded forms, pass", async () => {
    for (const url of ["http://[2606:4700::1111]/x", "http://[64:ff9b::808:808]/x", "http://[2002:808:808::1]/x", "http://93.184.215.14/x"]) {
      expect(await resolveNotifyHook(url, options())).toMatchObject({ ok: true });
    }
  });

  test("embedded addresses are found in each form", () => {
    expect(embeddedIpv4("::ffff:7f00:1")).toContain("127.0.0.1");
    expect(embeddedIpv4("64:ff9b::7f00:1")).toContain("127.0.0.1");
    expect(embeddedIpv4("2002:7f00:1::")).toContain("127.0.0.1");
    expect(embeddedIpv4("2001:0:4136:e378:8000:63bf:3fff:fdd2")).toEqual(expect.arrayContaining(["65.54.227.120", "192.0.2.45"]));
  });
});

describe("NOTIFY_HOOK_ALLOW / NotifyHookAllow entries", () => {
  test.each([
    ["host:port allows that port", "127.0.0.1:8080", "http://127.0.0.1:8080/x", true],
    ["host:port does not allow another port", "127.0.0.1:8080", "http://127.0.0.1:9999/x", false],
    ["host:port does not allow the default port", "127.0.0.1:8080", "http://127.0.0.1/x", false],
    ["a name with a port", "localhost:8080", "http://localhost:8080/x", true],
    ["a name with a port, other port", "localhost:8080", "http://localhost:22/x", false],
    ["a bracketed IPv6 with a port", "[::1]:8080", "http://[::1]:8080/x", true],
    ["a bracketed IPv6 with a port, other port", "[::1]:8080", "http://[::1]:22/x", false],
    ["a bare host allows every port", "127.0.0.1", "http://127.0.0.1:22/x", true],
    ["a CIDR allows its network", "10.0.0.0/8", "http://10.2.3.4/x", true],
    ["a CIDR does not allow another network", "10.0.0.0/8", "http://192.168.1.1/x", false],
    ["https default port", "127.0.0.1:443", "https://127.0.0.1/x", true],
  ])("%s", async (_name, allow, url, allowed) => {
    const target = await resolveNotifyHook(url, options(allow));
    expect(target.ok).toBe(allowed);
  });

  test("a URL with credentials is refused", async () => {
    expect(await notifyHookProblem("http://user:pw@93.184.215.14/x", options())).toMatch(/user name or password/);
  });
});

describe("deliveries connect to the checked address", () => {
  test("the check resolves a name once and hands over the address it checked", async () => {
    const target = await resolveNotifyHook("http://localhost:8080/x", options("localhost:8080"));
    expect(target).toMatchObject({ ok: true });
    if (target.ok) expect(["127.0.0.1", "::1"]).toContain(target.address);
  });

  test("a pinned POST reaches the given address whatever the name resolves to (here: nothing)", async () => {
    const receiver = await startReceiver(0);
    const port = new URL(receiver.url).port;
    // "rebound.invalid" never resolves (RFC 2606): the connection can only have used the pinned address.
    const status = await postPinned(new URL(`http://rebound.invalid:${port}/hook`), "127.0.0.1", 4, { "content-type": "application/json" }, '{"a":1}', 5000);
    expect(status).toBe(204);
    expect(receiver.received.at(-1)).toMatchObject({ body: '{"a":1}', headers: { host: `rebound.invalid:${port}` } });
    await receiver.close();
  });
});
