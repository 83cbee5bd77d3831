// Delivers one notify-hook event: an attempt per step, durable sleeps for the backoff in
// between, until delivered or 24 h have passed (deliverNotify records every attempt).
import { NonRetriableError } from "inngest";
import { z } from "zod";
import { inngest, EVENTS } from "../client";
import { backoffMs, deliverNotify } from "@/lib/notify/deliver";

export const MAX_ATTEMPTS = 40;
const payload = z.object({ deliveryId: z.number().int().positive() });

export const deliverNotifyFn = inngest.createFunction(
  { id: "deliver-notify", triggers: [{ event: EVENTS.notifyQueued }], retries: 3, concurrency: { limit: 20 } },
  async ({ event, step }) => {
    const parsed = payload.safeParse(event.data);
    if (!parsed.success) throw new NonRetriableError(`bad notify/queued payload: ${parsed.error.message}`);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await step.run(`attempt-${attempt}`, () => deliverNotify(parsed.data.deliveryId, true));
      if (result !== "retry") return { result, attempts: attempt };
      await step.sleep(`backoff-${attempt}`, `${Math.round(backoffMs(attempt) / 1000)}s`);
    }
    return { result: "failed", attempts: MAX_ATTEMPTS };
  },
);

// Picks up events whose notify/queued was lost (Inngest unreachable when it was sent).
export const deliverDueNotify = inngest.createFunction(
  { id: "deliver-due-notify", triggers: [{ cron: "* * * * *" }], singleton: { mode: "skip" } },
  async ({ step }) => step.run("deliver-due", async () => (await import("@/lib/jobs/run-cycle")).deliverDueNotifications()),
);
