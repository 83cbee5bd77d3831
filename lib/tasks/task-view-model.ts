// The portal's one shape of a task, for the list, the gallery, the task page and the admin
// inspection alike. Plain JSON (numbers, not BigInt) so it can cross to client components.
import type { Options } from "../options/options";
import { isTerminalStatus, TASK_STATUS } from "./status";
import { imageUrlFor, taskViewSelect } from "./task-view";

/** The task's own columns of a portal row (the user's and channel's names come with them). */
export const portalTaskColumns = { ...taskViewSelect, tokenId: true, refundedAt: true, parentMjId: true, modelName: true } as const;

export const portalTaskSelect = {
  ...portalTaskColumns,
  user: { select: { username: true, displayName: true } },
  channel: { select: { name: true } },
} as const;

export interface TaskButtonView {
  customId: string;
  emoji: string;
  label: string;
}

export interface TaskView {
  id: number;
  mjId: string;
  userId: number;
  username: string;
  channelId: number | null;
  channelName: string;
  tokenId: number | null;
  action: string;
  mode: string;
  status: string;
  /** 0–100; a finished task is 100 whatever the upstream last said. */
  progress: number;
  prompt: string;
  promptEn: string;
  description: string;
  finalPrompt: string;
  imageUrl: string | null;
  videoUrl: string | null;
  failReason: string;
  /** The upstream's submit result (midjourney-proxy's code: 1, 21, 22 …). */
  code: number;
  submitTime: number | null;
  startTime: number | null;
  finishTime: number | null;
  /** From start (or submit) to finish, once finished. */
  durationMs: number | null;
  quota: number;
  refunded: boolean;
  /** What the task cost after any refund. */
  netQuota: number;
  parentMjId: string;
  buttons: TaskButtonView[];
}

export type PortalTaskRow = {
  id: number; mjId: string; userId: number; channelId: number | null; tokenId: number | null; action: string; mode: string;
  status: string; progress: string; prompt: string; promptEn: string; description: string; imageUrl: string; videoUrl: string;
  failReason: string; code: number; submitTime: bigint; startTime: bigint; finishTime: bigint; quota: bigint; refundedAt: bigint;
  parentMjId: string; buttons: unknown; properties: unknown;
  user: { username: string; displayName: string }; channel: { name: string } | null;
};

const ms = (value: bigint) => (value > 0n ? Number(value) : null);

function progressOf(status: string, progress: string): number {
  if (status === TASK_STATUS.success) return 100;
  const value = Number.parseInt(progress, 10);
  return Number.isFinite(value) ? Math.max(0, Math.min(100, value)) : 0;
}

function buttonsOf(raw: unknown): TaskButtonView[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((button): button is Record<string, unknown> => Boolean(button) && typeof button === "object" && typeof (button as { customId?: unknown }).customId === "string")
    .map((button) => ({ customId: String(button.customId), emoji: String(button.emoji ?? ""), label: String(button.label ?? "") }));
}

export function taskViewModel(task: PortalTaskRow, options: Options): TaskView {
  const properties = (task.properties && typeof task.properties === "object" ? task.properties : {}) as Record<string, unknown>;
  const finish = ms(task.finishTime);
  const begin = ms(task.startTime) ?? ms(task.submitTime);
  const refunded = task.refundedAt > 0n;
  return {
    id: task.id,
    mjId: task.mjId,
    userId: task.userId,
    username: task.user.displayName || task.user.username,
    channelId: task.channelId,
    channelName: task.channel?.name ?? "",
    tokenId: task.tokenId,
    action: task.action,
    mode: task.mode,
    status: task.status,
    progress: progressOf(task.status, task.progress),
    prompt: task.prompt,
    promptEn: task.promptEn,
    description: task.description,
    finalPrompt: typeof properties.finalPrompt === "string" ? properties.finalPrompt : "",
    // Relative links: they work on whatever address the browser reached us.
    imageUrl: task.status === TASK_STATUS.failure ? null : imageUrlFor(task, options, ""),
    videoUrl: task.videoUrl || null,
    failReason: task.failReason,
    code: task.code,
    submitTime: ms(task.submitTime),
    startTime: ms(task.startTime),
    finishTime: finish,
    durationMs: finish && begin && isTerminalStatus(task.status) ? Math.max(0, finish - begin) : null,
    quota: Number(task.quota),
    refunded,
    netQuota: refunded ? 0 : Number(task.quota),
    parentMjId: task.parentMjId,
    buttons: buttonsOf(task.buttons),
  };
}
