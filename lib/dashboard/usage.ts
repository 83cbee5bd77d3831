// Spending over a range, from the quota logs: charges minus refunds, per day and per model
// (one model per Midjourney action). The same figures feed the dashboard and /api/data.
import { getDb, type DbOrTx } from "../db";
import { LOG_TYPE } from "../billing/units";
import { dayOf, daysOf, type DashboardScope } from "./range";

function logWhere(scope: DashboardScope) {
  return {
    type: { in: [LOG_TYPE.consume, LOG_TYPE.refund] },
    // Logs keep unix seconds.
    createdAt: { gte: BigInt(Math.floor(scope.from / 1000)), lte: BigInt(Math.floor(scope.to / 1000)) },
    ...(scope.userId !== undefined ? { userId: scope.userId } : {}),
  };
}

const signed = (type: number, quota: bigint) => (type === LOG_TYPE.refund ? -Number(quota) : Number(quota));

/** Net spend per calendar day of the range (zero days included), in quota. */
export async function usageByDay(scope: DashboardScope, db: DbOrTx = getDb()): Promise<{ day: string; quota: number; count: number }[]> {
  const rows = await db.log.findMany({ where: logWhere(scope), select: { createdAt: true, type: true, quota: true } });
  const days = new Map(daysOf(scope).map((day) => [day, { day, quota: 0, count: 0 }]));
  for (const row of rows) {
    const entry = days.get(dayOf(Number(row.createdAt) * 1000, scope.timeZone));
    if (!entry) continue;
    entry.quota += signed(row.type, row.quota);
    if (row.type === LOG_TYPE.consume) entry.count += 1;
  }
  return [...days.values()];
}

/** Net spend and charged calls per model over the range, largest first. */
export async function usageByModel(scope: DashboardScope, db: DbOrTx = getDb()): Promise<{ model: string; quota: number; count: number }[]> {
  const groups = await db.log.groupBy({ by: ["modelName", "type"], where: logWhere(scope), _sum: { quota: true }, _count: { _all: true } });
  const models = new Map<string, { model: string; quota: number; count: number }>();
  for (const group of groups) {
    const entry = models.get(group.modelName) ?? { model: group.modelName, quota: 0, count: 0 };
    entry.quota += signed(group.type, group._sum.quota ?? 0n);
    if (group.type === LOG_TYPE.consume) entry.count += group._count._all;
    models.set(group.modelName, entry);
  }
  return [...models.values()].sort((a, b) => b.quota - a.quota || a.model.localeCompare(b.model));
}
