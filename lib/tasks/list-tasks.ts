// The task list query, written once for /api/mj/self, /api/mj/ and the portal pages.
//
// At a million tasks neither COUNT(*) nor a full-width OFFSET is affordable, so a page is
// read in three cheap steps: the total and the day the page starts on from task_counts,
// the page's ids from the (scope, submit_time, id) index (an index-only walk of at most one
// day's rows), then those rows by primary key. Filters without a kept count (mj_id, status,
// a user and a channel together) are selective or rare and use a plain indexed query.
import { getDb, type DbOrTx } from "../db";
import { dayCounts, scopeCondition, seek, type CountScope, type SubmitRange } from "./task-counts";
import { coalesced } from "../db/coalesce";
import { columnsOf, directDb, placeholders, typedRow, type Row } from "../db/direct";
import { TASK_ROW_TYPES, taskViewSelect, type TaskRow } from "./task-view";

export interface TaskFilter {
  userId?: number;
  channelId?: number;
  mjId?: string;
  /** epoch milliseconds, inclusive, on submit time */
  startTimestamp?: number;
  endTimestamp?: number;
  status?: string;
}

const NEWEST = BigInt(Number.MAX_SAFE_INTEGER);

/** The filter's inclusive submit_time range in ms; listed tasks have submit_time > 0. */
export function submitRange(filter: TaskFilter): SubmitRange {
  return {
    from: filter.startTimestamp ? BigInt(filter.startTimestamp) : 1n,
    to: filter.endTimestamp ? BigInt(filter.endTimestamp) : NEWEST,
  };
}

export function taskWhere(filter: TaskFilter) {
  const range = submitRange(filter);
  return {
    submitTime: { gte: range.from, lte: range.to },
    ...(filter.mjId ? { mjId: filter.mjId } : {}),
    ...(filter.userId !== undefined ? { userId: filter.userId } : {}),
    ...(filter.channelId !== undefined ? { channelId: filter.channelId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}

/** The scope whose counts are kept, or null when the filter needs a plain query. */
function keptScope(filter: TaskFilter): CountScope | null {
  if (filter.mjId || filter.status) return null;
  if (filter.userId !== undefined && filter.channelId !== undefined) return null;
  if (filter.userId !== undefined) return { userId: filter.userId };
  if (filter.channelId !== undefined) return { channelId: filter.channelId };
  return {};
}

async function pageIds(db: DbOrTx, scope: CountScope, range: SubmitRange, page: { skip: number; take: number }) {
  const days = await dayCounts(db, scope, range);
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const start = seek(days, page.skip, range);
  if (!start || page.take <= 0) return { ids: [], total };
  const rows = await db.$queryRaw<{ id: unknown }[]>`
    SELECT "id" FROM "tasks"
    WHERE ${scopeCondition(scope)} AND "submit_time" >= ${range.from} AND "submit_time" <= ${start.upTo}
    ORDER BY "submit_time" DESC, "id" DESC
    LIMIT ${page.take} OFFSET ${start.offset}`;
  return { ids: rows.map((r) => Number(r.id)), total };
}

/**
 * The page's ids (newest first) and the total from the kept counts, or null when the filter
 * has no kept scope and needs a plain query.
 */
export async function keptTaskPage(filter: TaskFilter, page: { skip: number; take: number }, db: DbOrTx = getDb()) {
  const scope = keptScope(filter);
  return scope ? pageIds(db, scope, submitRange(filter), page) : null;
}

/** Rows read by primary key, put back in the page's order. */
export function inPageOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
}

export async function listTasks(filter: TaskFilter, page: { skip: number; take: number }, db: DbOrTx = getDb()) {
  const kept = await keptTaskPage(filter, page, db);
  if (!kept) {
    const where = taskWhere(filter);
    const [items, total] = await Promise.all([
      db.task.findMany({ where, select: taskViewSelect, orderBy: [{ submitTime: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
      db.task.count({ where }),
    ]);
    return { items, total };
  }
  const rows = kept.ids.length ? await db.task.findMany({ where: { id: { in: kept.ids } }, select: taskViewSelect }) : [];
  return { items: inPageOrder(kept.ids, rows), total: kept.total };
}

// The relay's reads (fetch, list-by-condition: what clients poll) in direct SQL.
const TASK_VIEW_COLUMNS = columnsOf(taskViewSelect);
const taskRowFromSql = (row: Row) =>
  typedRow<TaskRow>(row, TASK_ROW_TYPES);

// SQLite allows 999 bound variables per statement in older builds (32,766 in newer ones);
// list-by-condition accepts up to 1,000 ids, so ask in chunks well below either limit.
const IDS_PER_QUERY = 500;

const ownKey = (userId: number, mjId: string) => `${userId}\t${mjId}`;

/**
 * A user's task by its midjourney-proxy id (the newest if an id repeats), the lookups of one
 * turn of the event loop answered by one query (lib/db/coalesce.ts).
 */
const ownTask = coalesced<TaskRow>(async (keys) => {
  const mjIds = [...new Set(keys.map((key) => key.slice(key.indexOf("\t") + 1)))];
  const rows = await (await directDb()).read(`SELECT ${TASK_VIEW_COLUMNS} FROM "tasks" WHERE "mj_id" IN (${placeholders(mjIds)})`, mjIds);
  const found = new Map<string, TaskRow>();
  for (const row of rows.map(taskRowFromSql)) {
    const key = ownKey(row.userId, row.mjId);
    if ((found.get(key)?.id ?? -1) < row.id) found.set(key, row);
  }
  return found;
}, IDS_PER_QUERY);

// A pending reservation's mj_id is "": it is nobody's task until the upstream accepts it.
export async function getOwnTask(userId: number, mjId: string): Promise<TaskRow | null> {
  return mjId ? ((await ownTask(ownKey(userId, mjId))) ?? null) : null;
}

export async function getOwnTasks(userId: number, mjIds: string[]): Promise<TaskRow[]> {
  const found = await Promise.all([...new Set(mjIds)].filter(Boolean).map((mjId) => ownTask(ownKey(userId, mjId))));
  return found.filter((task) => task !== undefined).sort((a, b) => a.id - b.id);
}
