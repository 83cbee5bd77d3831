// At-least-once notify-hook delivery with exponential backoff for up to 24 h. A lease
// (lockedUntil) keeps two workers from sending the same attempt; every attempt is recorded.
import { getDb } from "../db";
import { getOptions } from "../options/options";
import { nowMs } from "../time";
import { postPinned, PostTimeout } from "../net/pinned-post";
import { resolveNotifyHook } from "./hook-url";
import { signNotify } from "./sign";

const ATTEMPT_TIMEOUT_MS = 10_000;
const LEASE_MS = 30_000;
export const GIVE_UP_AFTER_MS = 24 * 3600 * 1000;

/** 10 s, 20 s, 40 s … capped at one hour. */
export function backoffMs(attempt: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 3600_000);
}

export type DeliveryResult = "delivered" | "retry" | "failed" | "skipped";

export async function deliverNotify(deliveryId: number, force = false): Promise<DeliveryResult> {
  const db = getDb();
  const now = nowMs();
  const claimed = await db.notifyDelivery.updateMany({
    where: { id: deliveryId, status: "pending", lockedUntil: { lt: BigInt(now) }, ...(force ? {} : { nextAttemptAt: { lte: BigInt(now) } }) },
    data: { lockedUntil: BigInt(now + LEASE_MS) },
  });
  if (claimed.count !== 1) return "skipped";
  const delivery = await db.notifyDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    select: { id: true, eventId: true, url: true, payload: true, attemptCount: true, createdAt: true, userId: true },
  });
  const owner = await db.user.findUnique({ where: { id: delivery.userId }, select: { webhookSecret: true } });
  const started = performance.now();
  let statusCode = 0;
  let error = "";
  const target = await resolveNotifyHook(delivery.url, await getOptions());
  const blocked = !target.ok;
  if (!target.ok) {
    error = target.problem;
  } else {
    try {
      const timestamp = String(Math.floor(Date.now() / 1000));
      statusCode = await postPinned(target.url, target.address, target.family, {
        "content-type": "application/json",
        "user-agent": "mj-gateway-notify/1",
        "x-mj-event-id": delivery.eventId,
        "x-mj-timestamp": timestamp,
        "x-mj-signature": signNotify(owner?.webhookSecret ?? "", timestamp, delivery.payload),
      }, delivery.payload, ATTEMPT_TIMEOUT_MS);
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (cause) {
      error = cause instanceof PostTimeout ? cause.message : String((cause as { code?: string }).code ?? (cause as Error).message);
    }
  }
  const attemptCount = delivery.attemptCount + 1;
  const finished = nowMs();
  const result: DeliveryResult = !error ? "delivered" : blocked || finished - Number(delivery.createdAt) > GIVE_UP_AFTER_MS ? "failed" : "retry";
  await db.$transaction([
    db.notifyAttempt.create({ data: { deliveryId, at: BigInt(finished), statusCode, durationMs: Math.round(performance.now() - started), error } }),
    db.notifyDelivery.update({
      where: { id: deliveryId },
      data: {
        attemptCount, lockedUntil: 0n,
        status: result === "retry" ? "pending" : result,
        ...(result === "delivered" ? { deliveredAt: BigInt(finished) } : {}),
        ...(result === "retry" ? { nextAttemptAt: BigInt(finished + backoffMs(attemptCount)) } : {}),
      },
    }),
  ]);
  return result;
}

/** Deliveries whose next attempt is due, oldest first. */
export async function dueDeliveries(limit = 50): Promise<number[]> {
  const rows = await getDb().notifyDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: BigInt(nowMs()) }, lockedUntil: { lt: BigInt(nowMs()) } },
    select: { id: true }, orderBy: { id: "asc" }, take: limit,
  });
  return rows.map((r) => r.id);
}
