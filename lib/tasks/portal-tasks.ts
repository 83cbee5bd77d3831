// The portal's task queries: the list (with the filters people look for tasks by) and one
// task, both as TaskView. The user's id is in every where unless an admin asks.
import { getDb, type DbOrTx } from "../db";
import { getOptions } from "../options/options";
import { inPageOrder, keptTaskPage, taskWhere, type TaskFilter } from "./list-tasks";
import { TASK_STATUS } from "./status";
import { portalTaskSelect, taskViewModel, type TaskView } from "./task-view-model";

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

// The unfiltered lists (a user's tasks, "All tasks") page like /api/mj: total and page from
// the kept counts, rows by primary key. Narrower filters are selective and query directly.
export async function listPortalTasks(filter: PortalTaskFilter, page: { skip: number; take: number }, db: DbOrTx = getDb()): Promise<{ items: TaskView[]; total: number }> {
  const options = await getOptions();
  const kept = narrowsBeyondKeptCounts(filter) ? null : await keptTaskPage(baseFilter(filter), page, db);
  if (kept) {
    const rows = kept.ids.length ? await db.task.findMany({ where: { id: { in: kept.ids } }, select: portalTaskSelect }) : [];
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
