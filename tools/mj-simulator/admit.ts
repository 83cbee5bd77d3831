import type { SimContext } from "./context.js";
import { accepted, DISCORD_INSTANCE_ID, failure } from "./envelope.js";
import { findBannedWord, submitTrigger, type SubmitTrigger } from "./prompt-rules.js";
import type { SubmitEnvelope } from "./types.js";

/** Code 24 when the prompt holds a banned word (no translation here, so promptEn is the prompt). */
export function bannedPrompt(prompt: string): SubmitEnvelope | null {
  const bannedWord = findBannedWord(prompt);
  return bannedWord ? failure(24, "可能包含敏感词", { promptEn: prompt, bannedWord }) : null;
}

/** The `sim:` triggers that refuse a submit outright; nothing is kept. */
export function refusedByTrigger(trigger: SubmitTrigger | null): SubmitEnvelope | null {
  if (trigger === "no-account") return failure(3, "无可用的账号实例");
  if (trigger === "queue-full") return failure(23, "队列已满，请稍后尝试", { discordInstanceId: DISCORD_INSTANCE_ID });
  return null;
}

/** Starts an accepted task; `sim:queued` answers 22 and makes the task wait one extra step. */
export function launch(ctx: SimContext, taskId: string, trigger: SubmitTrigger | null): SubmitEnvelope {
  const queued = trigger === "queued";
  ctx.engine.run(taskId, queued);
  if (!queued) return accepted(taskId);
  return {
    code: 22,
    description: "排队中，前面还有1个任务",
    result: taskId,
    properties: { numberOfQueues: 1, discordInstanceId: DISCORD_INSTANCE_ID },
  };
}

export type Screened = { refusal: SubmitEnvelope; trigger?: never } | { refusal?: never; trigger: SubmitTrigger | null };

/** Banned words (24), then the `sim:` triggers that refuse (3, 23); otherwise the trigger to launch with. */
export function screenPrompt(prompt: string): Screened {
  const trigger = submitTrigger(prompt);
  const refusal = bannedPrompt(prompt) ?? refusedByTrigger(trigger);
  return refusal ? { refusal } : { trigger };
}
