// The upstream accepted: the pending row becomes the task (or, for a modal, the waiting
// task moves on), and the reserved quota becomes a logged charge, in one transaction.
import { randomInt } from "node:crypto";
import { directDb, type DirectTx } from "../db/direct";
import { retryWhenBusy } from "../db/busy";
import { insertLog } from "../billing/log";
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

/** The pending row becomes the task; false when it did already (a retried confirmation). */
async function confirmTask(tx: DirectTx, plan: SubmitPlan, taskId: number, channel: UpstreamChannel, envelope: SubmitEnvelope): Promise<{ mjId: string; confirmed: boolean }> {
  const fields = taskFields(plan, envelope);
  const changed = await tx.run(
    `UPDATE "tasks" SET "mj_id" = ?, "status" = ?, "prompt" = ?, "progress" = ?, "start_time" = CAST(? AS BIGINT), "finish_time" = CAST(? AS BIGINT),
       "image_url" = ?, "properties" = ?, "channel_id" = ?, "code" = ?, "submit_time" = CAST(? AS BIGINT), "version" = 1, "updated_at" = CAST(? AS BIGINT)
     WHERE "id" = ? AND "mj_id" = ''`,
    [fields.mjId, fields.status, fields.prompt, fields.progress, fields.startTime, fields.finishTime, fields.imageUrl, JSON.stringify(fields.properties),
      channel.id, envelope.code, plan.submittedAt, BigInt(nowMs()), taskId],
  );
  return { mjId: fields.mjId, confirmed: changed === 1 };
}

/** Moves the waiting task on; false when it was moved already (a retried confirmation). */
async function confirmModal(tx: DirectTx, plan: SubmitPlan, taskId: number, envelope: SubmitEnvelope): Promise<{ mjId: string; confirmed: boolean }> {
  const prompt = typeof plan.body.prompt === "string" && plan.body.prompt.trim() ? plan.body.prompt.trim() : null;
  // trueai runs the waiting task itself; an upstream that answers a new id moves it there.
  const movedTo = typeof envelope.result === "string" && envelope.result !== plan.parent?.mjId ? envelope.result : null;
  const changed = await tx.run(
    `UPDATE "tasks" SET "status" = ?, "code" = ?, "prompt" = COALESCE(?, "prompt"), "mj_id" = COALESCE(?, "mj_id"), "version" = "version" + 1, "updated_at" = CAST(? AS BIGINT)
     WHERE "id" = ? AND "status" = ?`,
    [TASK_STATUS.submitted, envelope.code, prompt, movedTo, BigInt(nowMs()), taskId, TASK_STATUS.modal],
  );
  return { mjId: typeof envelope.result === "string" ? envelope.result : plan.parent!.mjId, confirmed: changed === 1 };
}

/**
 * One transaction, retried while the database is busy (the upstream already runs the job, so
 * recording it is not given up lightly). Each step is conditional on the row still waiting,
 * so a retry after a commit whose answer was lost changes and logs nothing twice.
 */
export async function confirmSubmit(plan: SubmitPlan, taskId: number, channel: UpstreamChannel, envelope: SubmitEnvelope, responseMs: number): Promise<void> {
  const { caller, charge } = plan;
  const db = await directDb();
  const confirm = () => db.transaction(async (tx) => {
    const { mjId, confirmed } = plan.kind.confirmsModal ? await confirmModal(tx, plan, taskId, envelope) : await confirmTask(tx, plan, taskId, channel, envelope);
    if (confirmed && charge.quota > 0n) {
      await insertLog(tx, {
        userId: caller.user.id, type: LOG_TYPE.consume, quota: charge.quota, username: caller.user.username,
        tokenId: caller.token?.id ?? 0, tokenName: caller.token?.name ?? "portal", modelName: plan.model, channelId: channel.id,
        group: caller.group, mjId,
        content: `${plan.action} (${plan.model}) at $${charge.price} × group ${charge.groupRatio}${charge.modeMultiplier !== 1 ? ` × mode ${charge.modeMultiplier}` : ""}`,
        other: { model_price: charge.price, group_ratio: charge.groupRatio, mode: plan.mode, mode_multiplier: charge.modeMultiplier },
      });
    }
    return mjId;
  });
  const mjId = await retryWhenBusy(confirm);
  // One write to the channel row: its share of the charge and the success that resets its fault
  // count. Statistics, on the hottest row of all (every submit of the channel): written after
  // the commit so no transaction waits on its lock; a busy moment costs a statistic, never money.
  await db
    .run(`UPDATE "channels" SET "used_quota" = "used_quota" + CAST(? AS BIGINT), "fail_count" = 0, "response_time" = ? WHERE "id" = ?`, [charge.quota, Math.round(responseMs), channel.id])
    .catch((error) => console.warn(`[submit] channel ${channel.id} statistics not updated: ${(error as Error).message}`));
  if (!Array.isArray(envelope.result)) await emitEvent("task/submitted", { mjId });
}
