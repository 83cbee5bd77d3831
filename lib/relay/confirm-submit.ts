// The upstream accepted: the pending row becomes the task (or, for a modal, the waiting
// task moves on), and the reserved quota becomes a logged charge, in one transaction.
import { randomInt } from "node:crypto";
import { getDb, type Tx } from "../db";
import { writeLog } from "../billing/log";
import { LOG_TYPE } from "../billing/units";
import type { UpstreamChannel } from "../channels/channels";
import { emitEvent } from "../jobs/events";
import { TASK_STATUS } from "../tasks/status";
import { nowMs } from "../time";
import type { SubmitEnvelope } from "./forward-submit";
import type { SubmitPlan } from "./submit-task";

/** Uploads have no upstream task: they get an id of ours, in midjourney-proxy's format. */
const localTaskId = () => `${nowMs()}${String(randomInt(1000)).padStart(3, "0")}`;

function taskFields(plan: SubmitPlan, channel: UpstreamChannel, envelope: SubmitEnvelope) {
  const props = envelope.properties;
  const now = BigInt(nowMs());
  if (Array.isArray(envelope.result)) {
    return {
      mjId: localTaskId(), status: TASK_STATUS.success, progress: "100%", startTime: now, finishTime: now,
      imageUrl: envelope.result[0] ?? "", properties: { ...props, urls: envelope.result },
    };
  }
  // Code 21 means "waiting for confirmation" (plus/trueai) unless the upstream reports the
  // status of an existing task (orig before 2.6.2).
  const status = envelope.code === 21 ? String(props.status ?? TASK_STATUS.modal) : TASK_STATUS.submitted;
  // A picked prompt (describe, shorten) arrives as the modal's finalPrompt.
  const prompt = plan.prompt || (typeof props.finalPrompt === "string" ? props.finalPrompt : "");
  return {
    mjId: envelope.result!, status, prompt, progress: status === TASK_STATUS.success ? "100%" : "0%",
    imageUrl: typeof props.imageUrl === "string" ? props.imageUrl : "", properties: props as object,
  };
}

async function confirmModal(tx: Tx, plan: SubmitPlan, taskId: number, envelope: SubmitEnvelope) {
  const prompt = typeof plan.body.prompt === "string" && plan.body.prompt.trim() ? plan.body.prompt.trim() : undefined;
  // trueai runs the waiting task itself; an upstream that answers a new id moves it there.
  const mjId = typeof envelope.result === "string" && envelope.result !== plan.parent?.mjId ? envelope.result : undefined;
  await tx.task.update({
    where: { id: taskId },
    data: { status: TASK_STATUS.submitted, code: envelope.code, ...(prompt ? { prompt } : {}), ...(mjId ? { mjId } : {}), version: { increment: 1 }, updatedAt: BigInt(nowMs()) },
    select: { id: true },
  });
}

export async function confirmSubmit(plan: SubmitPlan, taskId: number, channel: UpstreamChannel, envelope: SubmitEnvelope, responseMs: number): Promise<void> {
  const { caller, charge } = plan;
  const mjId = await getDb().$transaction(async (tx) => {
    let mjId: string;
    if (plan.kind.confirmsModal) {
      await confirmModal(tx, plan, taskId, envelope);
      mjId = typeof envelope.result === "string" ? envelope.result : plan.parent!.mjId;
    } else {
      const fields = taskFields(plan, channel, envelope);
      await tx.task.update({
        where: { id: taskId },
        data: { ...fields, channelId: channel.id, code: envelope.code, submitTime: plan.submittedAt, version: 1, updatedAt: BigInt(nowMs()) },
        select: { id: true },
      });
      mjId = fields.mjId;
    }
    // One write to the channel row: its share of the charge and the success that resets its fault count.
    await tx.channel.update({
      where: { id: channel.id },
      data: { usedQuota: { increment: charge.quota }, failCount: 0, responseTime: Math.round(responseMs) },
      select: { id: true },
    });
    if (charge.quota > 0n) {
      await writeLog(tx, {
        userId: caller.user.id, type: LOG_TYPE.consume, quota: charge.quota, username: caller.user.username,
        tokenId: caller.token?.id ?? 0, tokenName: caller.token?.name ?? "portal", modelName: plan.model, channelId: channel.id,
        group: caller.group, mjId,
        content: `${plan.action} (${plan.model}) at $${charge.price} × group ${charge.groupRatio}${charge.modeMultiplier !== 1 ? ` × mode ${charge.modeMultiplier}` : ""}`,
        other: { model_price: charge.price, group_ratio: charge.groupRatio, mode: plan.mode, mode_multiplier: charge.modeMultiplier },
      });
    }
    return mjId;
  });
  if (!Array.isArray(envelope.result)) await emitEvent("task/submitted", { mjId });
}
