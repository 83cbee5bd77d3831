// Switches the seeded channels to push (the upstream calls each channel's callback URL on
// every change) or back to polling only, when the product supports it; the simulator pushes
// to any notifyHook.
import { randomBytes } from "node:crypto";

export async function setPush(on: boolean): Promise<{ ok: boolean; reason?: string }> {
  const { getDb } = await import("../../lib/db");
  try {
    const channels = await getDb().channel.findMany({ select: { id: true } });
    // Seeded with SQL, the channels have no callback secret yet.
    for (const { id } of channels) await getDb().channel.update({ where: { id }, data: { pushUpdates: on ? 1 : 0, ...(on ? { callbackSecret: randomBytes(24).toString("hex") } : {}) } });
  } catch (error) {
    return { ok: false, reason: `this version has no push callback (${(error as Error).message.split("\n").at(-1)})` };
  }
  // Instances read the enabled channels once a second.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return { ok: true };
}
