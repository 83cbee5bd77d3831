// The submit path shared by every kind of submit (lib/relay/submit-kinds.ts): price,
// reserve quota with a pending task row, forward to a channel (failing over on connection
// errors and 5xx), then either confirm the charge (codes 1/21/22) or give everything back.
import { directDb, type Sql } from "../db/direct";
import { retryWhenBusy } from "../db/busy";
import { ApiError } from "../http/errors";
import { getOptions, optionBool, type Options } from "../options/options";
import { priceFor, type Charge } from "../billing/price";
import { reserveQuota, restoreQuota, writeAndReserve, type Holder } from "../billing/reserve";
import { channelCandidates, enabledChannels } from "../channels/select-channel";
import { recordChannelSuccess } from "../channels/channel-health";
import { callbackBase } from "../channels/callback";
import type { UpstreamChannel } from "../channels/channels";
import { assertNotifyHookAllowed } from "../notify/hook-url";
import { nowMs } from "../time";
import { assertModelAllowed, type RelayCaller } from "./authenticate-key";
import { modelForAction } from "./actions";
import { asMode, type Mode } from "./mode";
import { loadParentTask, type ParentTask } from "./parent-task";
import { submitKind, type SubmitKind, type SubmitKindName } from "./submit-kinds";
import { forwardSubmit, type SubmitEnvelope } from "./forward-submit";
import { confirmSubmit } from "./confirm-submit";

export type { SubmitEnvelope } from "./forward-submit";

export interface SubmitRequest {
  caller: RelayCaller;
  kind: SubmitKindName;
  /** The body as the kind's schema parsed it. */
  body: Record<string, unknown>;
  mode: Mode;
  /** Told the reserved task's id before the upstream is called (Idempotency-Key records keep it). */
  onReserved?: (taskId: number) => Promise<void>;
}

export interface SubmitOutcome { status: number; envelope: SubmitEnvelope; charged: boolean }

/** Everything decided before any quota moves. */
export interface SubmitPlan {
  kind: SubmitKind;
  caller: RelayCaller;
  body: Record<string, unknown>;
  action: string;
  model: string;
  mode: Mode;
  parent: ParentTask | null;
  charge: Charge;
  notifyHook: string;
  holder: Holder;
  prompt: string;
  /** When the request arrived: the task's submitTime once the upstream accepts it. */
  submittedAt: bigint;
  /** Our configured address for push callbacks ("" when none: the task is polled only). */
  callbackBase: string;
}

const FREE: Charge = { quota: 0n, price: 0, groupRatio: 1, modeMultiplier: 1 };

async function candidatesFor(caller: RelayCaller, model: string, parent: ParentTask | null): Promise<UpstreamChannel[]> {
  const pinnedId = parent?.channelId ?? caller.pinnedChannelId;
  if (pinnedId != null) {
    const channel = (await enabledChannels()).find((c) => c.id === pinnedId);
    if (!channel) {
      throw new ApiError("no_channel", parent ? "The channel that ran the original task is no longer available." : `Channel ${pinnedId} is not available.`, 3);
    }
    return [channel];
  }
  const candidates = await channelCandidates(caller.group, model);
  if (!candidates.length) throw new ApiError("no_channel", `No channel serves ${model} for the group "${caller.group}".`, 3);
  return candidates;
}

/**
 * One job, one charge: a modal is charged only when the action that opened it was free
 * (custom zoom and vary region, priced through mj_modal as in new-api); a picked prompt or
 * a remix was paid for when its button was pressed.
 */
function chargeFor(plan: Pick<SubmitPlan, "kind" | "parent" | "model" | "caller" | "mode">, options: Options): Charge {
  if (plan.kind.confirmsModal && plan.parent && plan.parent.quota > 0n) return FREE;
  return priceFor(options, plan.model, plan.caller.group, plan.mode);
}

async function planSubmit(request: SubmitRequest, options: Options): Promise<SubmitPlan & { channels: UpstreamChannel[] }> {
  const { caller, body } = request;
  const kind = submitKind(request.kind);
  const action = kind.action(body as never);
  const model = modelForAction(action);
  assertModelAllowed(caller, model);
  const parentId = kind.parentTaskId?.(body as never);
  const parent = parentId ? await loadParentTask(caller.user.id, parentId, Boolean(kind.confirmsModal), options) : null;
  // A follow-up keeps the speed mode of the task it follows, unless the path names one.
  const mode = request.mode || asMode(kind.bodyMode?.(body as never)) || asMode(parent?.mode);
  const channels = await candidatesFor(caller, model, parent);
  const notifyHook = typeof body.notifyHook === "string" && body.notifyHook && optionBool(options, "MjNotifyEnabled") ? body.notifyHook : "";
  if (notifyHook) await assertNotifyHookAllowed(notifyHook, options);
  const prompt = typeof body.prompt === "string" && body.prompt ? body.prompt : (parent?.prompt ?? "");
  const plan = { kind, caller, body, action, model, mode, parent, notifyHook, prompt, holder: { userId: caller.user.id, tokenId: caller.token?.id ?? null }, submittedAt: BigInt(nowMs()), callbackBase: await callbackBase() };
  return { ...plan, charge: chargeFor(plan, options), channels };
}

const botTypeOf = (value: unknown) => String(value ?? "MID_JOURNEY").replace(/^niji$/, "NIJI_JOURNEY").replace(/^mj$/, "MID_JOURNEY");

// submit_time stays 0 (not listed, not counted) until the upstream accepts; the
// reservation's time goes to updated_at, where the sweep finds abandoned ones.
function pendingTask(plan: SubmitPlan): Sql {
  const { caller, parent, charge } = plan;
  return {
    text: `INSERT INTO "tasks" ("mj_id", "user_id", "token_id", "code", "action", "mode", "bot_type", "prompt", "prompt_en", "state", "notify_hook", "submit_time", "updated_at", "model_name", "quota", "parent_mj_id")
       VALUES ('', ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0, CAST(? AS BIGINT), ?, CAST(? AS BIGINT), ?) RETURNING "id"`,
    params: [caller.user.id, caller.token?.id ?? null, plan.action, plan.mode, botTypeOf(plan.body.botType), plan.prompt, parent?.promptEn ?? "", String(plan.body.state ?? ""),
      plan.notifyHook, plan.submittedAt, plan.model, charge.quota, parent?.mjId ?? ""],
  };
}

/**
 * Reserves the charge and writes the pending row (or, for a modal, adds to the waiting task).
 * The row is written first and the balance moved last: a burst on one account queues on the
 * user's row lock, which is then held only from that update to the commit.
 */
async function reserve(plan: SubmitPlan): Promise<number> {
  const { parent, charge } = plan;
  const db = await directDb();
  if (plan.kind.confirmsModal && parent) {
    return db.transaction(async (tx) => {
      await tx.run(`UPDATE "tasks" SET "quota" = "quota" + CAST(? AS BIGINT) WHERE "id" = ?`, [charge.quota, parent.id]);
      await reserveQuota(tx, plan.holder, charge.quota);
      return parent.id;
    });
  }
  return db.single(async (tx) => Number((await writeAndReserve(tx, pendingTask(plan), plan.holder, charge.quota)).id), { sqlDecides: true });
}

/** Gives the reservation back. The pending row goes with it, so a retry restores nothing twice. */
async function release(plan: SubmitPlan, taskId: number): Promise<void> {
  await (await directDb()).transaction(async (tx) => {
    if (plan.kind.confirmsModal) {
      await tx.run(`UPDATE "tasks" SET "quota" = "quota" - CAST(? AS BIGINT) WHERE "id" = ?`, [plan.charge.quota, taskId]);
    } else if ((await tx.run(`DELETE FROM "tasks" WHERE "id" = ? AND "mj_id" = ''`, [taskId])) !== 1) {
      return;
    }
    await restoreQuota(tx, plan.holder, plan.charge.quota);
  });
}

export async function submitTask(request: SubmitRequest): Promise<SubmitOutcome> {
  const options = await getOptions();
  const { channels, ...plan } = await planSubmit(request, options);
  const taskId = await reserve(plan);
  try {
    if (!plan.kind.confirmsModal) await request.onReserved?.(taskId);
    const forwarded = await forwardSubmit(plan, channels, options);
    if (!forwarded.accepted) {
      await release(plan, taskId);
      return { status: forwarded.status, envelope: forwarded.envelope, charged: false };
    }
    // Some buttons (bookmark) run no job: the upstream answers with the pressed task's own id.
    if (!plan.kind.confirmsModal && plan.parent && forwarded.envelope.result === plan.parent.mjId) {
      await recordChannelSuccess(forwarded.channel, forwarded.ms);
      await release(plan, taskId);
      return { status: 200, envelope: forwarded.envelope, charged: false };
    }
    await confirmSubmit(plan, taskId, forwarded.channel, forwarded.envelope, forwarded.ms);
    return { status: 200, envelope: forwarded.envelope, charged: true };
  } catch (error) {
    // If even this fails, the pending row keeps the reservation and the sweep gives it back.
    await retryWhenBusy(() => release(plan, taskId));
    throw error;
  }
}
