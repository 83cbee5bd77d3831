// Dev Server with INNGEST_DEV=1; Inngest Cloud or a self-hosted `inngest start` with
// INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY (and INNGEST_BASE_URL for self-hosting).
import { eventType, Inngest } from "inngest";
import { EVENT_SCHEMAS, registerEventSender } from "@/lib/jobs/events";

export const inngest = new Inngest({ id: "mj-gateway" });

export const taskSubmitted = eventType("task/submitted", { schema: EVENT_SCHEMAS["task/submitted"] });
export const notifyQueued = eventType("notify/queued", { schema: EVENT_SCHEMAS["notify/queued"] });

/** Routes lib/'s emitEvent to Inngest. */
export function connectEventSender(): void {
  registerEventSender((event) => inngest.send(event));
}
