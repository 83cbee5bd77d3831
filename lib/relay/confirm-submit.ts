// The upstream accepted: the pending row becomes the task (or, for a modal, the waiting
// task moves on), and the reserved quota becomes a logged charge, in one transaction.
import { randomInt } from "node:crypto";
import { directDb, folded, type DirectDb, type Sql } from "../db/direct";
import { retryWhenBusy } from "../db/busy";
import { insertLog, insertLogAfter, type LogEntry } from "../billing/log";
import { LOG_TYPE } from "../billing/units";
import type { UpstreamChannel } from "../channels/channels";
import { emitEvent } from "../jobs/events";
import { TASK_STATUS } from "../tasks/status";
import { nowMs } from "../time";
import type { SubmitEnvelope } from "./forward-submit";
import type { SubmitPlan } from "./submit-task";

/** Uploads have no upstream task: they get an id of ours, in midjourney-proxy's format. */
const localTaskId = () => `${nowMs()}${String(randomInt(1000)).padStart(3, "0")}`;

function taskFields(plan: SubmitPlan, envelope: SubmitEnvelope) {
  const props = envelope.properties;
  if (Array.isArray(envelope.result)) {
    const now = BigInt(nowMs());
    return {
      mjId: localTaskId(), status: TASK_STATUS.success, prompt: plan.prompt, progress: "100%", startTime: now, finishTime: now,
      imageUrl: envelope.result[0] ?? "", properties: { ...props, urls: envelope.result },
    };
  }
  // Code 21 means "waiting for confirmation" (plus/trueai) unless the upstream reports the
  // status of an existing task (orig before 2.6.2).
  const status = envelope.code === 21 ? String(props.status ?? TASK_STATUS.modal) : TASK_STATUS.submitted;
  // A picked prompt (describe, shorten) arrives as the modal's finalPrompt.
  const prompt = plan.prompt || (typeof props.finalPrompt === "string" ? props.finalPrompt : "");
  return {
    mjId: envelope.result!, status, prompt, progress: status === TASK_STATUS.success ? "100%" : "0%", startTime: 0n, finishTime: 0n,
    imageUrl: typeof props.imageUrl === "string" ? props.imageUrl : "", properties: props as object,
  };
}

interface Confirmation {
  mjId: string;
  /** Changes the waiting row, or nothing when it changed already (a retried confirmation). */
  update: Sql;
}

/** The pending row becomes the task. */
function taskConfirmation(plan: SubmitPlan, taskId: number, channel: UpstreamChannel, envelope: SubmitEnvelope): Confirmation {
  const fields = taskFields(plan, envelope);
  return {
    mjId: fields.mjId,
    update: {
      text: `UPDATE "tasks" SET "mj_id" = ?, "status" = ?, "prompt" = ?, "progress" = ?, "start_time" = CAST(? AS BIGINT), "finish_time" = CAST(? AS BIGINT),
       "image_url" = ?, "properties" = ?, "channel_id" = ?, "code" = ?, "submit_time" = CAST(? AS BIGINT), "version" = 1, "updated_at" = CAST(? AS BIGINT)
     WHERE "id" = ? AND "mj_id" = ''`,
      params: [fields.mjId, fields.status, fields.prompt, fields.progress, fields.startTime, fields.finishTime, fields.imageUrl, JSON.stringify(fields.properties),
        channel.id, envelope.code, plan.submittedAt, BigInt(nowMs()), taskId],
    },
  };
}

/** The waiting task moves on. */
function modalConfirmation(plan: SubmitPlan, taskId: number, envelope: SubmitEnvelope): Confirmation {
  const prompt = typeof plan.body.prompt === "string" && plan.body.prompt.trim() ? plan.body.prompt.trim() : null;
  // trueai runs the waiting task itself; an upstream that answers a new id moves it there.
  const movedTo = typeof envelope.result === "string" && envelope.result !== plan.parent?.mjId ? envelope.result : null;
  return {
    mjId: typeof envelope.result === "string" ? envelope.result : plan.parent!.mjId,
    update: {
      text: `UPDATE "tasks" SET "status" = ?, "code" = ?, "prompt" = COALESCE(?, "prompt"), "mj_id" = COALESCE(?, "mj_id"), "version" = "version" + 1, "updated_at" = CAST(? AS BIGINT)
     WHERE "id" = ? AND "status" = ?`,
      params: [TASK_STATUS.submitted, envelope.code, prompt, movedTo, BigInt(nowMs()), taskId, TASK_STATUS.modal],
    },
  };
}

/** The charge's log line; none for a free action. */
function chargeLog(plan: SubmitPlan, channel: UpstreamChannel, mjId: string): LogEntry | null {
  const { caller, charge } = plan;
  if (charge.quota <= 0n) return null;
  return {
    userId: caller.user.id, type: LOG_TYPE.consume, quota: charge.quota, username: caller.user.username,
    tokenId: caller.token?.id ?? 0, tokenName: caller.token?.name ?? "portal", modelName: plan.model, channelId: channel.id,
    group: caller.group, mjId,
    content: `${plan.action} (${plan.model}) at $${charge.price} × group ${charge.groupRatio}${charge.modeMultiplier !== 1 ? ` × mode ${charge.modeMultiplier}` : ""}`,
    other: { model_price: charge.price, group_ratio: charge.groupRatio, mode: plan.mode, mode_multiplier: charge.modeMultiplier },
  };
}

/** One write to the channel row: `share` of the charge, and the success that resets its fault count. */
const channelStatistics = (share: string, channel: UpstreamChannel, quota: bigint, responseMs: number): Sql => ({
  text: `UPDATE "channels" SET "used_quota" = "used_quota" + ${share}, "fail_count" = 0, "response_time" = ? WHERE "id" = ?`,
  params: [quota, Math.round(responseMs), channel.id],
});

/**
 * One transaction, retried while the database is busy (the upstream already runs the job, so
 * recording it is not given up lightly). Each step is conditional on the row still waiting,
 * so a retry after a commit whose answer was lost changes and logs nothing twice.
 */
async function confirmStepwise(db: DirectDb, confirmation: Confirmation, log: LogEntry | null, channel: UpstreamChannel, statistics: (confirmed: boolean) => Sql): Promise<void> {
  const { update } = confirmation;
  const confirmed = await retryWhenBusy(() => db.transaction(async (tx) => {
    const changed = (await tx.run(update.text, update.params)) === 1;
    if (changed && log) await insertLog(tx, log);
    return changed;
  }));
  // Statistics, on the hottest row of all (every submit of the channel): written after the
  // commit so no transaction waits on its lock; a busy moment costs a statistic, never money.
  const { text, params } = statistics(confirmed);
  await db
    .run(text, params)
    .catch((error) => console.warn(`[submit] channel ${channel.id} statistics not updated: ${(error as Error).message}`));
}

/**
 * confirmStepwise as one statement, the channel's statistics included. That cannot cost money:
 * they add no way for the statement to fail (no constraint on those columns; a deleted channel
 * matches nothing) and no new kind of lock: the task's update already locks the channel's row
 * of task_counts for the day (its trigger), as hot, and the statistics were already written in
 * batches with other submits' charges. A deadlock with another process is a busy error, retried
 * as for the task's row. The channel is credited only with the confirmation, so a retried
 * statement credits nothing twice.
 */
async function confirmFolded(db: DirectDb, confirmation: Confirmation, log: LogEntry | null, statistics: (share: string) => Sql): Promise<void> {
  const { text, params } = folded({
    confirmed: { ...confirmation.update, text: `${confirmation.update.text} RETURNING 1` },
    ...(log ? { logged: insertLogAfter("confirmed", log) } : {}),
    statistics: statistics(`(CASE WHEN EXISTS (SELECT 1 FROM "confirmed") THEN CAST(? AS BIGINT) ELSE 0 END)`),
  }, "SELECT 1");
  await retryWhenBusy(() => db.run(text, params));
}

/** Records the accepted job and its charge: the task changes and the charge is logged once, however often this runs. */
export async function confirmSubmit(plan: SubmitPlan, taskId: number, channel: UpstreamChannel, envelope: SubmitEnvelope, responseMs: number): Promise<void> {
  const db = await directDb();
  const confirmation = plan.kind.confirmsModal ? modalConfirmation(plan, taskId, envelope) : taskConfirmation(plan, taskId, channel, envelope);
  const log = chargeLog(plan, channel, confirmation.mjId);
  const statistics = (share: string) => channelStatistics(share, channel, plan.charge.quota, responseMs);
  if (db.dialect === "postgres") await confirmFolded(db, confirmation, log, statistics);
  else await confirmStepwise(db, confirmation, log, channel, (confirmed) => channelStatistics("CAST(? AS BIGINT)", channel, confirmed ? plan.charge.quota : 0n, responseMs));
  if (!Array.isArray(envelope.result)) await emitEvent("task/submitted", { mjId: confirmation.mjId });
}
