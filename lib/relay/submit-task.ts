// The submit path shared by every /mj/submit/* endpoint: price, reserve quota with a
// pending task row, forward to a channel (failing over on connection errors and 5xx),
// then either confirm the charge (codes 1/21/22) or give everything back.
import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { getOptions, optionBool, optionNumber, type Options } from "../options/options";
import { priceFor } from "../billing/price";
import { reserveQuota, restoreQuota } from "../billing/reserve";
import { LOG_TYPE, writeLog } from "../billing/log";
import { channelCandidates } from "../channels/select-channel";
import { getChannelForUpstream, CHANNEL_STATUS, type UpstreamChannel } from "../channels/channels";
import { recordChannelFault, recordChannelSuccess } from "../channels/channel-health";
import { assertNotifyHookAllowed } from "../notify/hook-url";
import { emitEvent } from "../jobs/events";
import { nowMs } from "../time";
import { assertModelAllowed, type RelayCaller } from "./authenticate-key";
import { modelForAction } from "./actions";
import { callUpstream, UpstreamFault } from "./upstream";
import { loadParentTask, type ParentTask } from "./parent-task";

export type SubmitRoute = "imagine" | "change" | "simple-change" | "describe" | "blend" | "action" | "modal" | "shorten";
export type Mode = "" | "fast" | "relax" | "turbo";

export interface SubmitEnvelope {
  code: number;
  description: string;
  result: string | null;
  properties: Record<string, unknown>;
}

export interface SubmitRequest {
  caller: RelayCaller;
  route: SubmitRoute;
  action: string;
  body: Record<string, unknown> & { notifyHook?: string; state?: string; prompt?: string };
  mode: Mode;
  parentMjId?: string;
}

export interface SubmitOutcome { status: number; envelope: SubmitEnvelope; charged: boolean }

const ACCEPTED = new Set([1, 21, 22]);

const fault = (status: number, code: number, description: string): SubmitOutcome => ({
  status, charged: false, envelope: { code, description, result: null, properties: {} },
});

async function candidatesFor(request: SubmitRequest, model: string, parent: ParentTask | null): Promise<UpstreamChannel[]> {
  const pinnedId = parent?.channelId ?? request.caller.pinnedChannelId;
  if (pinnedId != null) {
    const channel = await getChannelForUpstream(pinnedId);
    if (!channel || channel.status !== CHANNEL_STATUS.enabled) {
      throw new ApiError("no_channel", parent ? "The channel that ran the original task is no longer available." : `Channel ${pinnedId} is not available.`, 3);
    }
    return [channel];
  }
  const candidates = await channelCandidates(request.caller.group, model);
  if (!candidates.length) throw new ApiError("no_channel", `No channel serves ${model} for the group "${request.caller.group}".`, 3);
  return candidates;
}

function upstreamRequest(request: SubmitRequest, options: Options): { path: string; body: Record<string, unknown> } {
  const { notifyHook: _ourHook, ...body } = request.body;
  if (!optionBool(options, "MjAccountFilterEnabled")) delete body.accountFilter;
  const clearMode = optionBool(options, "MjModeClearEnabled");
  if (clearMode && typeof body.prompt === "string") body.prompt = body.prompt.replace(/\s*--(fast|relax|turbo)\b/gi, "").trim();
  const prefix = request.mode && !clearMode ? `/mj-${request.mode}` : "";
  return { path: `${prefix}/mj/submit/${request.route}`, body };
}

export async function submitTask(request: SubmitRequest): Promise<SubmitOutcome> {
  const db = getDb();
  const options = await getOptions();
  const { caller } = request;
  const model = modelForAction(request.action);
  assertModelAllowed(caller, model);
  const parent = request.parentMjId ? await loadParentTask(caller.user.id, request.parentMjId, request.route, options) : null;
  const channels = await candidatesFor(request, model, parent);
  const charge = priceFor(options, model, caller.group, request.mode);
  const notifyHook = request.body.notifyHook && optionBool(options, "MjNotifyEnabled") ? request.body.notifyHook : "";
  if (notifyHook) await assertNotifyHookAllowed(notifyHook, options);
  const holder = { userId: caller.user.id, tokenId: caller.token?.id ?? null };
  const isModal = request.route === "modal" && parent !== null;
  const submittedAt = BigInt(nowMs());

  const pending = await db.$transaction(async (tx) => {
    await reserveQuota(tx, holder, charge.quota);
    if (isModal) {
      return tx.task.update({ where: { id: parent.id }, data: { quota: { increment: charge.quota } }, select: { id: true } });
    }
    return tx.task.create({
      data: {
        mjId: "", userId: caller.user.id, tokenId: caller.token?.id ?? null, code: 0, action: request.action, mode: request.mode,
        botType: String(request.body.botType ?? "MID_JOURNEY").replace(/^niji$/, "NIJI_JOURNEY").replace(/^mj$/, "MID_JOURNEY"),
        prompt: request.body.prompt ?? parent?.prompt ?? "", promptEn: parent?.promptEn ?? "", state: request.body.state ?? "",
        // submitTime stays 0 (not listed) until the upstream accepts; the reservation time
        // goes to updatedAt, where the sweep finds abandoned reservations.
        notifyHook, submitTime: 0n, updatedAt: submittedAt, modelName: model, quota: charge.quota, parentMjId: parent?.mjId ?? "",
      },
      select: { id: true },
    });
  });

  const release = async () =>
    db.$transaction(async (tx) => {
      await restoreQuota(tx, holder, charge.quota);
      if (isModal) await tx.task.update({ where: { id: pending.id }, data: { quota: { decrement: charge.quota } }, select: { id: true } });
      else await tx.task.delete({ where: { id: pending.id } });
    });

  const { path, body } = upstreamRequest(request, options);
  const attempts = Math.min(channels.length, 1 + Math.max(0, optionNumber(options, "RetryTimes")));
  const timeoutMs = optionNumber(options, "UpstreamTimeoutSeconds") * 1000;
  let last: SubmitOutcome = fault(502, 9, "No channel could take the job.");
  try {
    for (const channel of channels.slice(0, attempts)) {
      let answer;
      try {
        answer = await callUpstream<Partial<SubmitEnvelope>>(channel, "POST", path, body, timeoutMs);
      } catch (error) {
        if (!(error instanceof UpstreamFault)) throw error;
        await recordChannelFault(channel, error.message);
        last = fault(error.retryable ? 502 : 504, 9, error.message);
        if (error.retryable) continue;
        break;
      }
      const envelope = answer.body;
      if (!envelope || typeof envelope !== "object" || typeof envelope.code !== "number") {
        await recordChannelFault(channel, "answered without a midjourney-proxy envelope");
        last = fault(502, 9, `Upstream ${channel.name} answered without a midjourney-proxy envelope.`);
        break;
      }
      const normalised: SubmitEnvelope = {
        code: envelope.code, description: String(envelope.description ?? ""),
        result: envelope.result == null ? null : String(envelope.result),
        properties: envelope.properties && typeof envelope.properties === "object" ? envelope.properties : {},
      };
      if (envelope.code === 3) {
        await recordChannelFault(channel, `code 3: ${normalised.description}`, true);
        last = { status: 200, charged: false, envelope: normalised };
        continue;
      }
      if (!ACCEPTED.has(envelope.code)) {
        last = { status: 200, charged: false, envelope: normalised };
        break;
      }
      if (!normalised.result) {
        last = fault(502, 9, `Upstream ${channel.name} accepted the job but sent no task id.`);
        break;
      }
      await recordChannelSuccess(channel, answer.ms);
      await confirmCharge(request, pending.id, channel, normalised, charge, model, submittedAt);
      await emitEvent("task/submitted", { mjId: normalised.result });
      return { status: 200, charged: true, envelope: normalised };
    }
  } catch (error) {
    await release();
    throw error;
  }
  await release();
  return last;
}

async function confirmCharge(request: SubmitRequest, taskId: number, channel: UpstreamChannel, envelope: SubmitEnvelope, charge: { quota: bigint; price: number; groupRatio: number; modeMultiplier: number }, model: string, submittedAt: bigint) {
  const { caller } = request;
  const props = envelope.properties;
  // Code 21 means "waiting for confirmation" (plus/trueai) unless the upstream reports the
  // status of an existing task (orig before 2.6.2).
  const status = envelope.code === 21 ? String(props.status ?? "MODAL") : "SUBMITTED";
  await getDb().$transaction(async (tx) => {
    if (request.route === "modal") {
      await tx.task.update({ where: { id: taskId }, data: { status: "SUBMITTED", code: envelope.code, version: { increment: 1 }, updatedAt: BigInt(nowMs()) }, select: { id: true } });
    } else {
      await tx.task.update({
        where: { id: taskId },
        data: {
          mjId: envelope.result!, channelId: channel.id, code: envelope.code, status, submitTime: submittedAt,
          imageUrl: typeof props.imageUrl === "string" ? props.imageUrl : "", properties: props as object,
          progress: status === "SUCCESS" ? "100%" : "0%", version: 1, updatedAt: BigInt(nowMs()),
        },
        select: { id: true },
      });
    }
    if (charge.quota > 0n) {
      await tx.channel.update({ where: { id: channel.id }, data: { usedQuota: { increment: charge.quota } }, select: { id: true } });
      await writeLog(tx, {
        userId: caller.user.id, type: LOG_TYPE.consume, quota: charge.quota, username: caller.user.username,
        tokenId: caller.token?.id ?? 0, tokenName: caller.token?.name ?? "portal", modelName: model, channelId: channel.id,
        group: caller.group, mjId: envelope.result!, content: `${request.action} (${model}) at $${charge.price} × group ${charge.groupRatio}${charge.modeMultiplier !== 1 ? ` × mode ${charge.modeMultiplier}` : ""}`,
        other: { model_price: charge.price, group_ratio: charge.groupRatio, mode: request.mode, mode_multiplier: charge.modeMultiplier },
      });
    }
  });
}
