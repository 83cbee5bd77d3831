// Next evaluates lib/ once per server bundle: the relay's fast lane (instrumentation's bundle)
// and the management routes hold separate copies of this module. A change saved through one
// copy must reach the other at once, not after the cache's second.
import { expect, test, vi } from "vitest";

test("an option saved through one copy of the module is read at once through another", async () => {
  const lane = await import("./options");
  vi.resetModules();
  const routes = await import("./options");
  expect(routes).not.toBe(lane);
  expect((await lane.getOptions()).NotifyHookAllow).toBe("");
  await routes.setOption("NotifyHookAllow", "127.0.0.1");
  expect((await lane.getOptions()).NotifyHookAllow).toBe("127.0.0.1");
});
