// The owner's view of notify-hook deliveries, and manual redelivery.
import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { emitEvent } from "../jobs/events";
import { nowMs } from "../time";

export async function listDeliveries(userId: number, page: { skip: number; take: number }, mjId?: string) {
  const where = { userId, ...(mjId ? { task: { mjId } } : {}) };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.notifyDelivery.findMany({
      where, orderBy: { id: "desc" }, skip: page.skip, take: page.take,
      select: {
        id: true, eventId: true, url: true, status: true, attemptCount: true, nextAttemptAt: true, createdAt: true, deliveredAt: true,
        task: { select: { mjId: true } },
        attempts: { select: { at: true, statusCode: true, durationMs: true, error: true }, orderBy: { id: "asc" } },
      },
    }),
    db.notifyDelivery.count({ where }),
  ]);
  return {
    items: items.map((d) => ({
      id: d.id, event_id: d.eventId, mj_id: d.task.mjId, url: d.url, status: d.status, attempt_count: d.attemptCount,
      next_attempt_at: d.status === "pending" ? Number(d.nextAttemptAt) : null, created_at: Number(d.createdAt),
      delivered_at: Number(d.deliveredAt) || null,
      attempts: d.attempts.map((a) => ({ at: Number(a.at), status_code: a.statusCode, duration_ms: a.durationMs, error: a.error })),
    })),
    total,
  };
}

/** Sends a delivery again (same event id, so receivers still de-duplicate), with a fresh 24 h window. */
export async function redeliver(userId: number, id: number): Promise<void> {
  const now = BigInt(nowMs());
  const { count } = await getDb().notifyDelivery.updateMany({
    where: { id, userId },
    data: { status: "pending", nextAttemptAt: now, createdAt: now, lockedUntil: 0n },
  });
  if (count === 0) throw new ApiError("not_found", "No such delivery of yours.");
  await emitEvent("notify/queued", { deliveryId: id });
}
