// Delivers one notify-hook event: an attempt per step, durable sleeps for the backoff in
// between, until delivered or 24 h have passed (deliverNotify records every attempt).
import { NonRetriableError } from "inngest";
import { inngest, notifyQueued } from "../client";
import { EVENT_SCHEMAS } from "@/lib/jobs/events";
import { backoffMs, deliverNotify } from "@/lib/notify/deliver";
import { deliverDueNotifications } from "@/lib/notify/deliver-due";

export const MAX_ATTEMPTS = 40;

export const deliverNotifyFunction = inngest.createFunction(
  { id: "deliver-notify", triggers: [notifyQueued], retries: 3, concurrency: { limit: 20 } },
  async ({ event, step }) => {
    // Served over HTTP the SDK does not check the trigger's schema, so check it here: a bad
    // payload would fail the same way on every retry.
    const parsed = EVENT_SCHEMAS["notify/queued"].safeParse(event.data);
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
export const deliverDueNotifyFunction = inngest.createFunction(
  { id: "deliver-due-notify", triggers: [{ cron: "* * * * *" }], singleton: { mode: "skip" } },
  async ({ step }) => step.run("deliver-due", deliverDueNotifications),
);
