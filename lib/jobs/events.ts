// Wakes Inngest functions when Inngest runs the background work. A lost event only
// delays work: the cron-triggered functions pick it up within a minute.
import { inngestConfigured } from "../env";

export async function emitEvent(name: string, data: Record<string, unknown> = {}): Promise<void> {
  if (!inngestConfigured()) return;
  try {
    const { inngest } = await import("../../inngest/client");
    await inngest.send({ name, data });
  } catch (error) {
    console.error(`[background] could not send ${name} to Inngest:`, (error as Error).message);
  }
}
