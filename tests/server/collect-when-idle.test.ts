// The server's idle collection: after a busy spell, once requests stop, and only then.
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { collectWhenIdle } from "../../scripts/collect-when-idle.mjs";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test("collects twice once requests have stopped for ten seconds, and not again until the next spell", () => {
  const server = new EventEmitter();
  const gc = vi.fn();
  collectWhenIdle(server, gc);

  vi.advanceTimersByTime(60_000);
  expect(gc).not.toHaveBeenCalled(); // never busy: nothing to give back

  for (let second = 0; second < 30; second++) {
    server.emit("request");
    vi.advanceTimersByTime(1_000);
  }
  expect(gc).not.toHaveBeenCalled(); // busy all along

  vi.advanceTimersByTime(15_000);
  expect(gc).toHaveBeenCalledTimes(2);
  vi.advanceTimersByTime(120_000);
  expect(gc).toHaveBeenCalledTimes(2);

  server.emit("request");
  vi.advanceTimersByTime(15_000);
  expect(gc).toHaveBeenCalledTimes(4);
});

test("does nothing without a collector (node started without --expose-gc)", () => {
  const server = new EventEmitter();
  collectWhenIdle(server, undefined);
  expect(server.listenerCount("request")).toBe(0);
});
