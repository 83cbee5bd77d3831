import { Inngest } from "inngest";

// Dev Server with INNGEST_DEV=1; Inngest Cloud or a self-hosted `inngest start` with
// INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY (and INNGEST_BASE_URL for self-hosting).
export const inngest = new Inngest({ id: "mj-gateway" });

export const EVENTS = {
  taskSubmitted: "task/submitted",
  notifyQueued: "notify/queued",
} as const;
