// The embedded engine: with no Inngest server configured, the same lib/ units run on
// timers inside the Next server, so the product works out of the box.
import { getOptions, optionNumber } from "../options/options";
import { deliverDueNotifications } from "../notify/deliver-due";
import { pollAllChannels } from "./run-cycle";
import { sweepTasks } from "./sweep";

const SWEEP_EVERY_MS = 30_000;
const NOTIFY_EVERY_MS = 1_000;

/** Stops the loops; resolves once no unit of theirs is still running. */
export type StopDriver = () => Promise<void>;

function loop(name: string, everyMs: () => Promise<number>, work: () => Promise<unknown>): StopDriver {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      const started = Date.now();
      try {
        await work();
      } catch (error) {
        console.error(`[background] ${name} failed:`, error);
      }
      // Every N ms from start to start, so a long cycle does not stretch the interval (and
      // a task finishing upstream waits at most one interval for the poller).
      if (!stopped) timer = setTimeout(tick, Math.max(0, (await everyMs().catch(() => 5000)) - (Date.now() - started)));
    })();
  };
  timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

export function startInProcessDriver(): StopDriver {
  const stops = [
    loop("poll", async () => optionNumber(await getOptions(), "PollIntervalSeconds") * 1000, pollAllChannels),
    loop("notify", async () => NOTIFY_EVERY_MS, deliverDueNotifications),
    loop("sweep", async () => SWEEP_EVERY_MS, sweepTasks),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
