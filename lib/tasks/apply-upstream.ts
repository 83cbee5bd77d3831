// Stores what an upstream says about a task. Each write is a compare-and-set on the
// row's version, so concurrent pollers (two instances, Inngest and the in-process driver)
// cannot interleave; the winner alone queues the notify event and triggers the refund.
import { columnsOf, directDb, typedRow, type DirectTx, type Row } from "../db/direct";
import { refundTask } from "../billing/refund-task";
import { enqueueNotify } from "../notify/enqueue";
import { nowMs } from "../time";
import { normalizeVideoUrls } from "./video-urls";
import { isTaskStatus, isTerminalStatus, REFUNDED_STATUSES, TASK_STATUS } from "./status";

export interface UpstreamTask {
  id?: string; status?: string | null; progress?: string | null; imageUrl?: string | null; failReason?: string | null;
  startTime?: number | null; finishTime?: number | null; promptEn?: string | null; description?: string | null;
  buttons?: unknown; properties?: Record<string, unknown> | null; videoUrl?: string | null; videoUrls?: unknown;
}

export interface StoredTask {
  id: number; version: number; status: string; progress: string; imageUrl: string; failReason: string;
  startTime: bigint; finishTime: bigint; promptEn: string; description: string; buttons: unknown; properties: unknown;
  notifyHook: string; videoUrl: string; videoUrls: string;
}

export const storedTaskSelect = {
  id: true, version: true, status: true, progress: true, imageUrl: true, failReason: true, startTime: true,
  finishTime: true, promptEn: true, description: true, buttons: true, properties: true, notifyHook: true, videoUrl: true, videoUrls: true,
} as const;

/** The SELECT list of a StoredTask in direct SQL; `storedTaskOf` types its rows. */
export const STORED_TASK_COLUMNS = columnsOf(storedTaskSelect);

export const storedTaskOf = (row: Row): StoredTask =>
  typedRow<StoredTask>(row, { int: ["id", "version"], bigint: ["startTime", "finishTime"], json: ["buttons", "properties"] });

function changesFrom(task: StoredTask, up: UpstreamTask): Record<string, unknown> {
  const next: Record<string, unknown> = {};
  const same = (a: unknown, b: unknown) => (typeof a === "bigint" || typeof b === "bigint" ? a === b : JSON.stringify(a) === JSON.stringify(b));
  const set = (field: keyof StoredTask, value: unknown) => {
    if (value !== undefined && value !== null && !same(value, task[field])) next[field] = value;
  };
  if (isTaskStatus(up.status)) set("status", up.status);
  set("progress", up.progress ?? undefined);
  set("imageUrl", up.imageUrl || undefined);
  set("failReason", up.failReason || undefined);
  set("startTime", up.startTime ? BigInt(up.startTime) : undefined);
  set("finishTime", up.finishTime ? BigInt(up.finishTime) : undefined);
  set("promptEn", up.promptEn || undefined);
  set("description", up.description || undefined);
  const videoUrls = normalizeVideoUrls(up.videoUrls);
  set("videoUrl", up.videoUrl || videoUrls[0] || undefined);
  if (videoUrls.length) set("videoUrls", JSON.stringify(videoUrls));
  if (Array.isArray(up.buttons) && up.buttons.length) set("buttons", up.buttons);
  if (up.properties && typeof up.properties === "object") {
    const merged = { ...((task.properties as object) ?? {}), ...up.properties };
    set("properties", merged);
  }
  return next;
}

/** How far along a task is; the order midjourney-proxy reports changes in. */
function stage(status: string, progress: string): number {
  if (isTerminalStatus(status)) return 4;
  if (status === TASK_STATUS.inProgress) return 2 + (Number.parseInt(progress, 10) || 0) / 100;
  return status === TASK_STATUS.submitted || status === TASK_STATUS.modal ? 1 : 0;
}

/** A change to store: the task as read (its version is the compare-and-set) and the new values. */
export interface TaskChange { task: StoredTask; changes: Record<string, unknown> }

/** What one upstream view changes in a task, or null when it is nothing new. */
export function upstreamChange(task: StoredTask, upstream: UpstreamTask): TaskChange | null {
  if (isTerminalStatus(task.status)) return null;
  // A view behind the stored one (a late push, a poll answered before a push arrived) is old news.
  if (isTaskStatus(upstream.status) && stage(upstream.status, upstream.progress ?? "") < stage(task.status, task.progress)) return null;
  const changes = changesFrom(task, upstream);
  if (!Object.keys(changes).length) return null;
  if (changes.status === TASK_STATUS.success && changes.progress === undefined) changes.progress = "100%";
  return { task, changes };
}

/** Applies one upstream view of a task; returns whether anything changed. */
export async function applyUpstreamTask(task: StoredTask, upstream: UpstreamTask): Promise<boolean> {
  const change = upstreamChange(task, upstream);
  return change !== null && (await commitTaskChanges([change])) === 1;
}

/** Marks a task FAILURE (timeout, lost upstream) and refunds it, once. */
export async function failTask(task: StoredTask, reason: string): Promise<boolean> {
  if (isTerminalStatus(task.status)) return false;
  return (await commitTaskChanges([{ task, changes: { status: TASK_STATUS.failure, failReason: reason, finishTime: BigInt(nowMs()) } }])) === 1;
}

// The columns an upstream view may change (direct SQL: every poll of every task writes here).
const COLUMNS: Record<string, string> = {
  status: "status", progress: "progress", imageUrl: "image_url", failReason: "fail_reason", startTime: "start_time", finishTime: "finish_time",
  promptEn: "prompt_en", description: "description", videoUrl: "video_url", videoUrls: "video_urls", buttons: "buttons", properties: "properties",
};
const JSON_COLUMNS = new Set(["buttons", "properties"]);

async function compareAndSet(tx: DirectTx, { task, changes }: TaskChange): Promise<boolean> {
  const fields = Object.keys(changes);
  const assignments = fields.map((field) => `"${COLUMNS[field]}" = ?`).join(", ");
  const values = fields.map((field) => (JSON_COLUMNS.has(field) ? JSON.stringify(changes[field]) : changes[field]) as string | bigint);
  const changed = await tx.run(
    `UPDATE "tasks" SET ${assignments}, "version" = ?, "updated_at" = CAST(? AS BIGINT) WHERE "id" = ? AND "version" = ?`,
    [...values, task.version + 1, BigInt(nowMs()), task.id, task.version],
  );
  return changed === 1;
}

/**
 * Stores a batch of changes, each compare-and-set a transaction of one statement: begun
 * together, they share one commit (a poll's hundred tasks are not a hundred commits), and on
 * PostgreSQL one round trip. Then, for the changes that won, queues the notify events and
 * refunds the failures. Returns how many won. `background` (the poller's) lets requests' own
 * transactions go first (lib/db/direct.ts).
 */
export async function commitTaskChanges(changes: TaskChange[], options?: { background?: boolean }): Promise<number> {
  if (!changes.length) return 0;
  const db = await directDb();
  const outcomes = await Promise.allSettled(changes.map((change) => db.single((tx) => compareAndSet(tx, change), { ...options, sqlDecides: true })));
  const won = changes.filter((_, index) => {
    const outcome = outcomes[index]!;
    return outcome.status === "fulfilled" && outcome.value;
  });
  for (const { task, changes: set } of won) {
    if (task.notifyHook && (set.status !== undefined || set.progress !== undefined)) await enqueueNotify(task.id, task.version + 1);
    if ((REFUNDED_STATUSES as readonly unknown[]).includes(set.status)) await refundTask(task.id, String(set.failReason ?? task.failReason ?? "task failed"));
  }
  // The changes stored above keep their events; the first failure still reaches the caller.
  const failed = outcomes.find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
  return won.length;
}
