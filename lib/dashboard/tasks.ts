// Task outcomes over a range (on submit time): counts by status, success rate, median duration.
import { getDb, type DbOrTx } from "../db";
import { TASK_STATUS } from "../tasks/status";
import type { DashboardScope } from "./range";

function taskScope(scope: DashboardScope) {
  return {
    mjId: { not: "" },
    submitTime: { gte: BigInt(scope.from), lte: BigInt(scope.to) },
    ...(scope.userId !== undefined ? { userId: scope.userId } : {}),
  };
}

export async function tasksByStatus(scope: DashboardScope, db: DbOrTx = getDb()): Promise<{ status: string; count: number }[]> {
  const groups = await db.task.groupBy({ by: ["status"], where: taskScope(scope), _count: { _all: true } });
  return groups.map((group) => ({ status: group.status, count: group._count._all })).sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

export interface TaskStats {
  total: number;
  succeeded: number;
  failed: number;
  /** Succeeded among the finished (succeeded, failed, cancelled); null before any finished. */
  successRate: number | null;
  /** Of succeeded tasks, from start (or submit) to finish. */
  medianDurationMs: number | null;
}

export async function taskStats(scope: DashboardScope, db: DbOrTx = getDb()): Promise<TaskStats> {
  const where = taskScope(scope);
  const [byStatus, done] = await Promise.all([
    tasksByStatus(scope, db),
    db.task.findMany({ where: { ...where, status: TASK_STATUS.success, finishTime: { gt: 0n } }, select: { submitTime: true, startTime: true, finishTime: true } }),
  ]);
  const count = (status: string) => byStatus.find((entry) => entry.status === status)?.count ?? 0;
  const succeeded = count(TASK_STATUS.success);
  const failed = count(TASK_STATUS.failure) + count(TASK_STATUS.cancel);
  const durations = done.map((task) => Number(task.finishTime - (task.startTime > 0n ? task.startTime : task.submitTime))).filter((ms) => ms >= 0);
  return {
    total: byStatus.reduce((sum, entry) => sum + entry.count, 0),
    succeeded,
    failed,
    successRate: succeeded + failed ? succeeded / (succeeded + failed) : null,
    medianDurationMs: median(durations),
  };
}
