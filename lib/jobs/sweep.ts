// Housekeeping that makes the background work crash-safe: anything a crash or a removed
// channel could leave half-done is finished here. Every step is idempotent.
import { getDb } from "../db";
import { releasePendingTask } from "../billing/reserve";
import { directDb } from "../db/direct";
import { refundTask } from "../billing/refund-task";
import { getOptions, optionNumber } from "../options/options";
import { REFUNDED_STATUSES, UNFINISHED_STATUSES } from "../tasks/status";
import { failTask, storedTaskSelect } from "../tasks/apply-upstream";
import { nowMs } from "../time";

// A submit waits at most UpstreamTimeoutSeconds × (retries + 1); a pending row much older
// than that belongs to a process that died mid-submit.
const ABANDONED_PENDING_MS = 15 * 60_000;

export interface SweepResult { releasedPending: number; timedOut: number; refunded: number }

export async function sweepTasks(): Promise<SweepResult> {
  const db = getDb();
  const result: SweepResult = { releasedPending: 0, timedOut: 0, refunded: 0 };
  // A reservation's time is in updatedAt (its submitTime stays 0 until the upstream accepts).
  const abandoned = await db.task.findMany({ where: { mjId: "", updatedAt: { lt: BigInt(nowMs() - ABANDONED_PENDING_MS) } }, select: { id: true } });
  const direct = await directDb(db);
  for (const { id } of abandoned) {
    if (await direct.transaction((tx) => releasePendingTask(tx, id))) result.releasedPending++;
  }
  // Tasks no poller reaches (channel deleted) still time out.
  const minutes = optionNumber(await getOptions(), "TaskTimeoutMinutes");
  const overdue = await db.task.findMany({
    where: { status: { in: [...UNFINISHED_STATUSES] }, submitTime: { gt: 0n, lt: BigInt(nowMs() - minutes * 60_000) } },
    select: storedTaskSelect, take: 500,
  });
  for (const task of overdue) if (await failTask(task, `Timed out: no result after ${minutes} minutes.`)) result.timedOut++;
  // A crash between marking FAILURE and refunding leaves a charged failure: refund it now.
  const unrefunded = await db.task.findMany({ where: { status: { in: [...REFUNDED_STATUSES] }, refundedAt: 0n, quota: { gt: 0n } }, select: { id: true, failReason: true }, take: 500 });
  for (const task of unrefunded) if (await refundTask(task.id, task.failReason || "task failed")) result.refunded++;
  return result;
}
