// One poll cycle for one channel: batched POST list-by-condition (≤ 100 ids a call)
// instead of a fetch per task. A lease on the channel row makes the poller a singleton
// across instances and drivers.
import { randomUUID } from "node:crypto";
import { getDb } from "../db";
import { getChannelForUpstream } from "../channels/channels";
import { getOptions, optionNumber } from "../options/options";
import { callUpstream, UpstreamFault } from "../relay/upstream";
import { UNFINISHED_STATUSES } from "../tasks/status";
import { directDb, placeholders } from "../db/direct";
import { commitTaskChanges, failTask, STORED_TASK_COLUMNS, storedTaskOf, storedTaskSelect, upstreamChange, type TaskChange, type UpstreamTask } from "../tasks/apply-upstream";
import { nowMs } from "../time";

export const POLL_BATCH = 100;

export interface PollResult { channelId: number; tasks: number; requests: number; changed: number; timedOut: number; skipped?: "leased" | "error" }

async function takeLease(channelId: number, owner: string, ms: number): Promise<boolean> {
  const now = BigInt(nowMs());
  const { count } = await getDb().channel.updateMany({
    where: { id: channelId, pollLeaseUntil: { lt: now } },
    data: { pollLeaseUntil: now + BigInt(ms), pollLeaseOwner: owner },
  });
  return count === 1;
}

async function releaseLease(channelId: number, owner: string): Promise<void> {
  await getDb().channel.updateMany({ where: { id: channelId, pollLeaseOwner: owner }, data: { pollLeaseUntil: 0n } });
}

/** Aggregated in SQL from the (status, channel_id, …) index: no task row is read. */
export async function channelsWithUnfinishedTasks(): Promise<number[]> {
  const rows = await getDb().task.groupBy({
    by: ["channelId"], where: { status: { in: [...UNFINISHED_STATUSES] }, channelId: { not: null } }, orderBy: { channelId: "asc" },
  });
  return rows.map((r) => r.channelId!);
}

export async function pollChannel(channelId: number): Promise<PollResult> {
  const owner = randomUUID();
  const result: PollResult = { channelId, tasks: 0, requests: 0, changed: 0, timedOut: 0 };
  const options = await getOptions();
  const timeoutMs = optionNumber(options, "UpstreamTimeoutSeconds") * 1000;
  if (!(await takeLease(channelId, owner, timeoutMs * 2 + 10_000))) return { ...result, skipped: "leased" };
  try {
    const channel = await getChannelForUpstream(channelId);
    // Newest first: a recent task is the one most likely to have just finished. Direct SQL:
    // every unfinished task is read every cycle, and Prisma's decoding was most of its CPU.
    const rows = await (await directDb()).read(
      `SELECT ${STORED_TASK_COLUMNS}, "mj_id" AS "mjId", "submit_time" AS "submitTime" FROM "tasks"
       WHERE "channel_id" = ? AND "status" IN (${placeholders(UNFINISHED_STATUSES)}) ORDER BY "id" DESC`,
      [channelId, ...UNFINISHED_STATUSES],
    );
    const tasks = rows.map((row) => ({ ...storedTaskOf(row), mjId: String(row.mjId), submitTime: BigInt(row.submitTime as string | number | bigint) }));
    result.tasks = tasks.length;
    for (let i = 0; channel && i < tasks.length; i += POLL_BATCH) {
      const batch = tasks.slice(i, i + POLL_BATCH);
      result.requests++;
      let answer;
      try {
        answer = await callUpstream<UpstreamTask[]>(channel, "POST", "/mj/task/list-by-condition", { ids: batch.map((t) => t.mjId) }, timeoutMs);
      } catch (error) {
        if (!(error instanceof UpstreamFault)) throw error;
        result.skipped = "error";
        break;
      }
      const byId = new Map((Array.isArray(answer.body) ? answer.body : []).map((item) => [String(item?.id), item]));
      const changes: TaskChange[] = [];
      for (const task of batch) {
        const upstream = byId.get(task.mjId);
        if (!upstream) continue;
        const change = upstreamChange(task, upstream);
        if (change) changes.push(change);
      }
      result.changed += await commitTaskChanges(changes, { background: true });
    }
    result.timedOut = await failOverdue(tasks, optionNumber(options, "TaskTimeoutMinutes"));
    return result;
  } finally {
    await releaseLease(channelId, owner);
  }
}

/** Tasks past the timeout fail and are refunded, whether or not the upstream still knows them. */
async function failOverdue(tasks: (Parameters<typeof failTask>[0] & { submitTime: bigint })[], minutes: number): Promise<number> {
  const cutoff = BigInt(nowMs() - minutes * 60_000);
  let count = 0;
  for (const task of tasks) {
    if (task.submitTime >= cutoff) continue;
    // Re-read: the poll above may just have moved it on.
    const fresh = await getDb().task.findUnique({ where: { id: task.id }, select: storedTaskSelect });
    if (fresh && (await failTask(fresh, `Timed out: no result after ${minutes} minutes.`))) count++;
  }
  return count;
}
