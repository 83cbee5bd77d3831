// Listed tasks per user or channel and UTC day, read from task_counts (kept exact by the
// triggers of the task_counts migration). A total is a sum over at most a few hundred
// rows; a time range adds an exact index count for each of its two partial edge days.
import { Prisma, type DbOrTx } from "../db";

export const DAY_MS = 86_400_000;

/** Which tasks a count covers: one user's, one channel's, or everyone's. */
export type CountScope = { userId: number } | { channelId: number } | Record<string, never>;

/** Inclusive range on submit_time (ms); listed tasks always have submit_time > 0. */
export interface SubmitRange { from: bigint; to: bigint }

export interface DayCount { day: number; count: number }

const DAY = BigInt(DAY_MS);

/** The tasks table's condition for a scope, matching the (scope, submit_time, id) indexes. */
export function scopeCondition(scope: CountScope): Prisma.Sql {
  if ("userId" in scope) return Prisma.sql`"user_id" = ${scope.userId}`;
  if ("channelId" in scope) return Prisma.sql`"channel_id" = ${scope.channelId}`;
  return Prisma.sql`1 = 1`;
}

async function storedDays(db: DbOrTx, scope: CountScope, fromDay: number, toDay: number): Promise<DayCount[]> {
  const rows = "userId" in scope || "channelId" in scope
    ? await db.$queryRaw<{ day: unknown; count: unknown }[]>`
        SELECT "day", "count" FROM "task_counts"
        WHERE "kind" = ${"userId" in scope ? 1 : 2} AND "scope_id" = ${"userId" in scope ? scope.userId : scope.channelId}
          AND "day" BETWEEN ${fromDay} AND ${toDay} AND "count" > 0
        ORDER BY "day" DESC`
    : await db.$queryRaw<{ day: unknown; count: unknown }[]>`
        SELECT "day", SUM("count") AS "count" FROM "task_counts"
        WHERE "kind" = 2 AND "day" BETWEEN ${fromDay} AND ${toDay}
        GROUP BY "day" HAVING SUM("count") > 0
        ORDER BY "day" DESC`;
  return rows.map((r) => ({ day: Number(r.day), count: Number(r.count) }));
}

async function exactCount(db: DbOrTx, scope: CountScope, from: bigint, to: bigint): Promise<number> {
  const [row] = await db.$queryRaw<{ n: unknown }[]>`
    SELECT COUNT(*) AS "n" FROM "tasks" WHERE ${scopeCondition(scope)} AND "submit_time" BETWEEN ${from} AND ${to}`;
  return Number(row?.n ?? 0);
}

/** Listed tasks per day, newest day first, exact within `range`. */
export async function dayCounts(db: DbOrTx, scope: CountScope, range: SubmitRange): Promise<DayCount[]> {
  const fromDay = Number(range.from / DAY);
  const toDay = Number(range.to / DAY);
  const days = await storedDays(db, scope, fromDay, toDay);
  // The first and last day may be cut by the range: count those exactly, from the index.
  for (const edge of new Set([fromDay, toDay])) {
    const start = BigInt(edge) * DAY;
    const end = start + DAY - 1n;
    const cut = { from: range.from > start ? range.from : start, to: range.to < end ? range.to : end };
    if (cut.from === start && cut.to === end) continue;
    const index = days.findIndex((d) => d.day === edge);
    if (index === -1) continue;
    days[index] = { day: edge, count: await exactCount(db, scope, cut.from, cut.to) };
  }
  return days.filter((d) => d.count > 0);
}

/** Where the row at `skip` lies: the newest submit_time to start from and how many rows to skip there. */
export function seek(days: DayCount[], skip: number, range: SubmitRange): { upTo: bigint; offset: number } | null {
  let before = 0;
  for (const { day, count } of days) {
    if (before + count > skip) {
      const dayEnd = BigInt(day + 1) * DAY - 1n;
      return { upTo: dayEnd < range.to ? dayEnd : range.to, offset: skip - before };
    }
    before += count;
  }
  return null;
}

/** Recomputes every count from the tasks table, for bulk loads that bypass the triggers (the bench seeder). */
export const REBUILD_TASK_COUNTS_SQL = [
  `DELETE FROM "task_counts"`,
  ...([[1, `"user_id"`], [2, `COALESCE("channel_id", 0)`]] as const).map(([kind, scope]) => `INSERT INTO "task_counts" ("kind", "scope_id", "day", "count")
    SELECT ${kind}, ${scope}, "submit_time" / ${DAY_MS}, COUNT(*) FROM "tasks" WHERE "submit_time" > 0 GROUP BY 1, 2, 3`),
];
