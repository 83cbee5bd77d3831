// A task change pushed by a channel's upstream. It goes through the very compare-and-set
// a poll uses, so push and poll agree: whichever stores a change first queues its one
// notify event and its one refund; the other finds nothing left to change. Reads in direct
// SQL: an upstream pushes every step of every task.
import { directDb } from "../db/direct";
import { applyUpstreamTask, STORED_TASK_COLUMNS, storedTaskOf, type UpstreamTask } from "./apply-upstream";

export type PushOutcome = "applied" | "unchanged" | "unknown";

export async function applyPushedTask(channelId: number, upstream: UpstreamTask & { id: string }): Promise<PushOutcome> {
  const db = await directDb();
  // A poll (or another push) may store a change between our read and our write: read again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const [row] = await db.read(`SELECT ${STORED_TASK_COLUMNS} FROM "tasks" WHERE "mj_id" = ? AND "channel_id" = ? LIMIT 1`, [upstream.id, channelId]);
    if (!row) return "unknown";
    const task = storedTaskOf(row);
    if (await applyUpstreamTask(task, upstream)) return "applied";
    const [now] = await db.read(`SELECT "version" FROM "tasks" WHERE "id" = ?`, [task.id]);
    if (!now || Number(now.version) === task.version) return "unchanged";
  }
  return "unchanged";
}
