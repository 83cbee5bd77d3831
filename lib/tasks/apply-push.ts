// A task change pushed by a channel's upstream. It goes through the very compare-and-set
// a poll uses, so push and poll agree: whichever stores a change first queues its one
// notify event and its one refund; the other finds nothing left to change. Reads in direct
// SQL, coalesced: an upstream pushes every step of every task, many at once, and each read
// of its own was a socket write and a round trip (lib/db/coalesce.ts).
import { coalesced } from "../db/coalesce";
import { directDb, placeholders } from "../db/direct";
import { applyUpstreamTask, STORED_TASK_COLUMNS, storedTaskOf, type StoredTask, type UpstreamTask } from "./apply-upstream";

export type PushOutcome = "applied" | "unchanged" | "unknown";

const pushKey = (channelId: number, mjId: string) => `${channelId}\t${mjId}`;

/** A channel's task by its upstream id (the newest, should an id repeat), as last committed. */
const channelTask = coalesced<StoredTask>(async (keys) => {
  const mjIds = [...new Set(keys.map((key) => key.slice(key.indexOf("\t") + 1)))];
  const rows = await (await directDb()).read(
    `SELECT "channel_id" AS "channelId", "mj_id" AS "mjId", ${STORED_TASK_COLUMNS} FROM "tasks" WHERE "mj_id" IN (${placeholders(mjIds)})`,
    mjIds,
  );
  const found = new Map<string, StoredTask>();
  for (const row of rows) {
    const key = pushKey(Number(row.channelId), String(row.mjId));
    const task = storedTaskOf(row);
    if ((found.get(key)?.id ?? -1) < task.id) found.set(key, task);
  }
  return found;
}, 500);

export async function applyPushedTask(channelId: number, upstream: UpstreamTask & { id: string }): Promise<PushOutcome> {
  // A poll (or another push) may store a change between our read and our write: read again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const task = await channelTask(pushKey(channelId, upstream.id));
    if (!task) return "unknown";
    if (await applyUpstreamTask(task, upstream)) return "applied";
    const [now] = await (await directDb()).read(`SELECT "version" FROM "tasks" WHERE "id" = ?`, [task.id]);
    if (!now || Number(now.version) === task.version) return "unchanged";
  }
  return "unchanged";
}
