// The task list query, written once for /api/mj/self, /api/mj/ and the portal pages.
import { getDb, type DbOrTx } from "../db";
import { taskViewSelect } from "./task-view";

export interface TaskFilter {
  userId?: number;
  channelId?: number;
  mjId?: string;
  /** epoch milliseconds, inclusive, on submit time */
  startTimestamp?: number;
  endTimestamp?: number;
  status?: string;
}

export function taskWhere(filter: TaskFilter) {
  const submitTime: { gte?: bigint; lte?: bigint } = {};
  if (filter.startTimestamp) submitTime.gte = BigInt(filter.startTimestamp);
  if (filter.endTimestamp) submitTime.lte = BigInt(filter.endTimestamp);
  return {
    mjId: filter.mjId ? filter.mjId : { not: "" },
    ...(filter.userId !== undefined ? { userId: filter.userId } : {}),
    ...(filter.channelId !== undefined ? { channelId: filter.channelId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(Object.keys(submitTime).length ? { submitTime } : {}),
  };
}

export async function listTasks(filter: TaskFilter, page: { skip: number; take: number }, db: DbOrTx = getDb()) {
  const where = taskWhere(filter);
  const [items, total] = await Promise.all([
    db.task.findMany({ where, select: taskViewSelect, orderBy: [{ submitTime: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
    db.task.count({ where }),
  ]);
  return { items, total };
}

export async function getOwnTask(userId: number, mjId: string, db: DbOrTx = getDb()) {
  return db.task.findFirst({ where: { userId, mjId }, select: taskViewSelect, orderBy: { id: "desc" } });
}

// SQLite allows 999 bound variables per statement in older builds (32,766 in newer ones);
// list-by-condition accepts up to 1,000 ids, so ask in chunks well below either limit.
const IDS_PER_QUERY = 500;

export async function getOwnTasks(userId: number, mjIds: string[], db: DbOrTx = getDb()) {
  const unique = [...new Set(mjIds)];
  const rows = [];
  for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
    rows.push(...(await db.task.findMany({ where: { userId, mjId: { in: unique.slice(i, i + IDS_PER_QUERY) } }, select: taskViewSelect, orderBy: { id: "asc" } })));
  }
  return rows.sort((a, b) => a.id - b.id);
}
