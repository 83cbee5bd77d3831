// The portal's task queries: the list (with the filters people look for tasks by) and one
// task, both as TaskView. The user's id is in every where unless an admin asks.
import { getDb, type Db, type DbOrTx } from "../db";
import { columnsOf, directDb, placeholders, typedRow, type Row } from "../db/direct";
import { getOptions } from "../options/options";
import { inPageOrder, keptTaskPage, taskWhere, type TaskFilter } from "./list-tasks";
import { TASK_STATUS } from "./status";
import { TASK_ROW_TYPES } from "./task-view";
import { portalTaskColumns, portalTaskSelect, taskViewModel, type PortalTaskRow, type TaskView } from "./task-view-model";

export interface PortalTaskFilter {
  /** Omitted: every user's tasks (admin pages only). */
  userId?: number;
  channelId?: number;
  status?: string;
  action?: string;
  /** Task ids starting with this. */
  mjIdPrefix?: string;
  /** epoch milliseconds, inclusive, on submit time */
  startMs?: number;
  endMs?: number;
  /** Only tasks with an image (the gallery). */
  withImage?: boolean;
}

function baseFilter(filter: PortalTaskFilter): TaskFilter {
  return { userId: filter.userId, channelId: filter.channelId, status: filter.status, startTimestamp: filter.startMs, endTimestamp: filter.endMs };
}

/** Action, id prefix and the gallery narrow a list beyond what the kept counts know. */
const narrowsBeyondKeptCounts = (filter: PortalTaskFilter) => Boolean(filter.action || filter.mjIdPrefix || filter.withImage);

export function portalTaskWhere(filter: PortalTaskFilter) {
  return {
    ...taskWhere(baseFilter(filter)),
    ...(filter.mjIdPrefix ? { mjId: { startsWith: filter.mjIdPrefix } } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.withImage ? { imageUrl: { not: "" }, status: filter.status ?? { not: TASK_STATUS.failure } } : {}),
  };
}

const PORTAL_ROW_SQL = `SELECT ${columnsOf(portalTaskColumns)},
  (SELECT "username" FROM "users" WHERE "users"."id" = "tasks"."user_id") AS "username",
  (SELECT "display_name" FROM "users" WHERE "users"."id" = "tasks"."user_id") AS "displayName",
  (SELECT "name" FROM "channels" WHERE "channels"."id" = "tasks"."channel_id") AS "channelName"
  FROM "tasks" WHERE "id" IN `;

function portalRowFromSql(row: Row): PortalTaskRow {
  const typed = typedRow<PortalTaskRow & { username: string | null; displayName: string | null; channelName: string | null }>(row, {
    int: [...TASK_ROW_TYPES.int, "tokenId"],
    bigint: [...TASK_ROW_TYPES.bigint, "refundedAt"],
    json: TASK_ROW_TYPES.json,
  });
  const { username, displayName, channelName, ...task } = typed;
  return { ...task, user: { username: username ?? "", displayName: displayName ?? "" }, channel: channelName === null ? null : { name: channelName } };
}

/**
 * A page's rows by id with the user's and channel's names, in one query of direct SQL: a
 * page is rendered every few seconds while it shows a running task, and through Prisma the
 * rows and their two relations were three queries.
 */
async function portalRowsById(ids: number[], db: Db): Promise<PortalTaskRow[]> {
  if (!ids.length) return [];
  return (await (await directDb(db)).read(`${PORTAL_ROW_SQL}(${placeholders(ids)})`, ids)).map(portalRowFromSql);
}

// The unfiltered lists (a user's tasks, "All tasks") page like /api/mj: total and page from
// the kept counts, rows by primary key. Narrower filters are selective and query directly.
export async function listPortalTasks(filter: PortalTaskFilter, page: { skip: number; take: number }, db: Db = getDb()): Promise<{ items: TaskView[]; total: number }> {
  const options = await getOptions();
  const kept = narrowsBeyondKeptCounts(filter) ? null : await keptTaskPage(baseFilter(filter), page, db);
  if (kept) {
    const rows = await portalRowsById(kept.ids, db);
    return { items: inPageOrder(kept.ids, rows).map((row) => taskViewModel(row, options)), total: kept.total };
  }
  const where = portalTaskWhere(filter);
  const [rows, total] = await Promise.all([
    db.task.findMany({ where, select: portalTaskSelect, orderBy: [{ submitTime: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
    db.task.count({ where }),
  ]);
  return { items: rows.map((row) => taskViewModel(row, options)), total };
}

/** One task by its upstream id: the caller's own, or anyone's when userId is omitted (admins). */
export async function getPortalTask(mjId: string, userId?: number, db: DbOrTx = getDb()): Promise<TaskView | null> {
  const row = await db.task.findFirst({ where: { mjId, ...(userId !== undefined ? { userId } : {}) }, select: portalTaskSelect, orderBy: { id: "desc" } });
  return row ? taskViewModel(row, await getOptions()) : null;
}
