// A task change pushed by a channel's upstream. It goes through the very compare-and-set
// a poll uses, so push and poll agree: whichever stores a change first queues its one
// notify event and its one refund; the other finds nothing left to change.
import { getDb } from "../db";
import { applyUpstreamTask, storedTaskSelect, type UpstreamTask } from "./apply-upstream";

export type PushOutcome = "applied" | "unchanged" | "unknown";

export async function applyPushedTask(channelId: number, upstream: UpstreamTask & { id: string }): Promise<PushOutcome> {
  // A poll (or another push) may store a change between our read and our write: read again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const task = await getDb().task.findFirst({ where: { mjId: upstream.id, channelId }, select: storedTaskSelect });
    if (!task) return "unknown";
    if (await applyUpstreamTask(task, upstream)) return "applied";
    const now = await getDb().task.findUnique({ where: { id: task.id }, select: { version: true } });
    if (!now || now.version === task.version) return "unchanged";
  }
  return "unchanged";
}
