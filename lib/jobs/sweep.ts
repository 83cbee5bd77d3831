// Housekeeping that makes the background work crash-safe: anything a crash or a removed
// channel could leave half-done is finished here. Every step is idempotent.
import { getDb } from "../db";
import { releasePendingTask } from "../billing/reserve";
import { directDb, placeholders } from "../db/direct";
import { refundTask } from "../billing/refund-task";
import { getOptions, optionNumber } from "../options/options";
import { REFUNDED_STATUSES, UNFINISHED_STATUSES } from "../tasks/status";
import { failTask, STORED_TASK_COLUMNS, storedTaskOf } from "../tasks/apply-upstream";
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
  // Tasks no poller reaches (channel deleted) still time out. These reads name no order: with
  // one (Prisma's `take` orders by id), PostgreSQL expects the few matching rows early in the
  // primary key and walks all of it, 1–2 s at a million tasks, every cycle; without one it
  // reads the status indexes.
  const minutes = optionNumber(await getOptions(), "TaskTimeoutMinutes");
  const overdue = await direct.read(
    `SELECT ${STORED_TASK_COLUMNS} FROM "tasks" WHERE "status" IN (${placeholders(UNFINISHED_STATUSES)}) AND "submit_time" > 0 AND "submit_time" < ? LIMIT 500`,
    [...UNFINISHED_STATUSES, BigInt(nowMs() - minutes * 60_000)],
  );
  for (const row of overdue) if (await failTask(storedTaskOf(row), `Timed out: no result after ${minutes} minutes.`)) result.timedOut++;
  // A crash between marking FAILURE and refunding leaves a charged failure: refund it now.
  const unrefunded = await direct.read(
    `SELECT "id", "fail_reason" FROM "tasks" WHERE "status" IN (${placeholders(REFUNDED_STATUSES)}) AND "refunded_at" = 0 AND "quota" > 0 LIMIT 500`,
    [...REFUNDED_STATUSES],
  );
  for (const { id, fail_reason } of unrefunded) if (await refundTask(Number(id), String(fail_reason) || "task failed")) result.refunded++;
  return result;
}
