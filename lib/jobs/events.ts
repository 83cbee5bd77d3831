// The background events: their names and payloads, owned here so lib/ can emit them and
// inngest/ can trigger on them, without lib/ importing inngest/. A lost event only delays
// work: the cron-triggered functions pick it up within a minute.
import { z } from "zod";

export const EVENT_SCHEMAS = {
  /** A task was accepted upstream: wake the poller. */
  "task/submitted": z.object({ mjId: z.string().optional() }),
  /** A notify-hook delivery was queued: deliver it. */
  "notify/queued": z.object({ deliveryId: z.number().int().positive() }),
};

export type EventName = keyof typeof EVENT_SCHEMAS;
export type EventPayload<N extends EventName> = z.infer<(typeof EVENT_SCHEMAS)[N]>;
export type EventSender = (event: { name: EventName; data: Record<string, unknown> }) => Promise<unknown>;

// On globalThis: Next bundles instrumentation (which registers) and route handlers (which
// emit) separately, so a module-level variable would not be shared between them.
const slot = globalThis as { mjEventSender?: EventSender };

/** Inngest's client registers here when Inngest runs the background work (instrumentation.ts). */
export function registerEventSender(send: EventSender | undefined): void {
  slot.mjEventSender = send;
}

export async function emitEvent<N extends EventName>(name: N, data: EventPayload<N>): Promise<void> {
  const send = slot.mjEventSender;
  if (!send) return;
  try {
    await send({ name, data });
  } catch (error) {
    console.error(`[background] could not send ${name} to Inngest:`, (error as Error).message);
  }
}
