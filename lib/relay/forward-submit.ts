// Sends a planned submit to its channels in order: the next one is tried on a refused
// connection, a 5xx or code 3 (no account), never after a timeout (the first upstream may
// have accepted the job, and a second would run and bill it twice).
import { optionBool, optionNumber, type Options } from "../options/options";
import { recordChannelFault } from "../channels/channel-health";
import { callbackUrl } from "../channels/callback";
import type { UpstreamChannel } from "../channels/channels";
import { callUpstream, UpstreamFault } from "./upstream";
import type { SubmitPlan } from "./submit-task";

export interface SubmitEnvelope {
  code: number;
  description: string;
  /** The task id; for submits answered at once (upload), the list of results. */
  result: string | string[] | null;
  properties: Record<string, unknown>;
}

export type Forwarded =
  | { accepted: true; envelope: SubmitEnvelope; channel: UpstreamChannel; ms: number }
  | { accepted: false; envelope: SubmitEnvelope; status: number };

/** midjourney-proxy's "accepted" codes: submitted, waiting for a modal, queued. */
const ACCEPTED = new Set([1, 21, 22]);

const refused = (status: number, code: number, description: string): Forwarded => ({
  accepted: false, status, envelope: { code, description, result: null, properties: {} },
});

function upstreamRequest(plan: SubmitPlan, options: Options): { path: string; body: Record<string, unknown> } {
  const prepared = plan.kind.prepare ? plan.kind.prepare(plan.body as never) : { ...plan.body };
  // Our own notify hook does the client's callbacks (signed, retried); the upstream never sees theirs.
  const { notifyHook: _clientHook, ...body } = prepared;
  if (!optionBool(options, "MjAccountFilterEnabled")) delete body.accountFilter;
  const clearMode = optionBool(options, "MjModeClearEnabled");
  if (clearMode && typeof body.prompt === "string") body.prompt = body.prompt.replace(/\s*--(fast|relax|turbo)\b/gi, "").trim();
  const prefix = plan.mode && !clearMode ? `/mj-${plan.mode}` : "";
  return { path: `${prefix}/mj/${plan.kind.path}`, body };
}

function resultOf(plan: SubmitPlan, raw: unknown): string | string[] | null {
  if (plan.kind.answers === "urls") return Array.isArray(raw) && raw.length && raw.every((url) => typeof url === "string") ? (raw as string[]) : null;
  return raw == null || raw === "" ? null : String(raw);
}

export async function forwardSubmit(plan: SubmitPlan, channels: UpstreamChannel[], options: Options): Promise<Forwarded> {
  const { path, body } = upstreamRequest(plan, options);
  const attempts = Math.min(channels.length, 1 + Math.max(0, optionNumber(options, "RetryTimes")));
  const timeoutMs = optionNumber(options, "UpstreamTimeoutSeconds") * 1000;
  let last = refused(502, 9, "No channel could take the job.");
  for (const channel of channels.slice(0, attempts)) {
    // A channel that opted in to push gets our callback as the task's notifyHook.
    const sent = channel.pushUpdates && plan.callbackBase ? { ...body, notifyHook: callbackUrl(plan.callbackBase, channel) } : body;
    let answer;
    try {
      answer = await callUpstream<Partial<SubmitEnvelope> & { result?: unknown }>(channel, "POST", path, sent, timeoutMs);
    } catch (error) {
      if (!(error instanceof UpstreamFault)) throw error;
      await recordChannelFault(channel, error.message);
      last = refused(error.retryable ? 502 : 504, 9, error.message);
      if (error.retryable) continue;
      break;
    }
    const raw = answer.body;
    if (!raw || typeof raw !== "object" || typeof raw.code !== "number") {
      await recordChannelFault(channel, "answered without a midjourney-proxy envelope");
      return refused(502, 9, `Upstream ${channel.name} answered without a midjourney-proxy envelope.`);
    }
    const envelope: SubmitEnvelope = {
      code: raw.code,
      description: String(raw.description ?? ""),
      result: resultOf(plan, raw.result),
      properties: raw.properties && typeof raw.properties === "object" ? raw.properties : {},
    };
    if (raw.code === 3) {
      await recordChannelFault(channel, `code 3: ${envelope.description}`, true);
      last = { accepted: false, status: 200, envelope: { ...envelope, result: null } };
      continue;
    }
    if (!ACCEPTED.has(raw.code)) return { accepted: false, status: 200, envelope };
    if (!envelope.result) return refused(502, 9, `Upstream ${channel.name} accepted the job but sent no ${plan.kind.answers === "urls" ? "URLs" : "task id"}.`);
    // The channel's success (fail count reset, response time) is stored with the charge.
    return { accepted: true, envelope, channel, ms: answer.ms };
  }
  return last;
}
