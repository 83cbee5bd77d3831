// The portal's task queries: the list (with the filters people look for tasks by) and one
// task, both as TaskView. The user's id is in every where unless an admin asks.
import { getDb, type DbOrTx } from "../db";
import { getOptions } from "../options/options";
import { taskWhere } from "./list-tasks";
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

export function portalTaskWhere(filter: PortalTaskFilter) {
  const where = taskWhere({ userId: filter.userId, channelId: filter.channelId, status: filter.status, startTimestamp: filter.startMs, endTimestamp: filter.endMs });
  return {
    ...where,
    ...(filter.mjIdPrefix ? { mjId: { startsWith: filter.mjIdPrefix } } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.withImage ? { imageUrl: { not: "" }, status: filter.status ?? { not: TASK_STATUS.failure } } : {}),
  };
}

export async function listPortalTasks(filter: PortalTaskFilter, page: { skip: number; take: number }, db: DbOrTx = getDb()): Promise<{ items: TaskView[]; total: number }> {
  const where = portalTaskWhere(filter);
  const [rows, total, options] = await Promise.all([
    db.task.findMany({ where, select: portalTaskSelect, orderBy: [{ submitTime: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
    db.task.count({ where }),
    getOptions(),
  ]);
  return { items: rows.map((row) => taskViewModel(row, options)), total };
}

/** One task by its upstream id: the caller's own, or anyone's when userId is omitted (admins). */
export async function getPortalTask(mjId: string, userId?: number, db: DbOrTx = getDb()): Promise<TaskView | null> {
  const row = await db.task.findFirst({ where: { mjId, ...(userId !== undefined ? { userId } : {}) }, select: portalTaskSelect, orderBy: { id: "desc" } });
  return row ? taskViewModel(row, await getOptions()) : null;
}
