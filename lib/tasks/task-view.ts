// Task rows → the two public shapes: midjourney-proxy's camelCase task (relay, notify
// hooks) and the seed's snake_case /api/mj item.
import { optionBool, type Options } from "../options/options";
import { forwardedImageUrl } from "./image-link";

export const taskViewSelect = {
  id: true, mjId: true, userId: true, channelId: true, action: true, status: true, prompt: true, promptEn: true,
  description: true, state: true, submitTime: true, startTime: true, finishTime: true, progress: true, imageUrl: true,
  videoUrl: true, videoUrls: true, failReason: true, buttons: true, properties: true, botType: true, mode: true, quota: true, code: true,
} as const;

export interface TaskRow {
  id: number; mjId: string; userId: number; channelId: number | null; action: string; status: string; prompt: string;
  promptEn: string; description: string; state: string; submitTime: bigint; startTime: bigint; finishTime: bigint;
  progress: string; imageUrl: string; videoUrl: string; videoUrls: string; failReason: string; buttons: unknown;
  properties: unknown; botType: string; mode: string; quota: bigint; code: number;
}

const msOrNull = (value: bigint) => (value > 0n ? Number(value) : null);

export function imageUrlFor(task: Pick<TaskRow, "mjId" | "imageUrl">, options: Options, base: string): string | null {
  if (!task.imageUrl) return null;
  return optionBool(options, "MjForwardUrlEnabled") ? forwardedImageUrl(base, task.mjId) : task.imageUrl;
}

export function relayTaskView(task: TaskRow, options: Options, base: string) {
  const properties = (task.properties && typeof task.properties === "object" ? task.properties : {}) as Record<string, unknown>;
  const { notifyHook: _hidden, discordInstanceId: _instance, ...visible } = properties;
  return {
    id: task.mjId,
    action: task.action,
    status: task.status,
    prompt: task.prompt,
    promptEn: task.promptEn,
    description: task.description,
    state: task.state,
    submitTime: msOrNull(task.submitTime),
    startTime: msOrNull(task.startTime),
    finishTime: msOrNull(task.finishTime),
    progress: task.progress,
    imageUrl: imageUrlFor(task, options, base),
    videoUrl: task.videoUrl || null,
    failReason: task.failReason || null,
    botType: task.botType,
    mode: task.mode ? task.mode.toUpperCase() : null,
    buttons: Array.isArray(task.buttons) ? task.buttons : [],
    properties: { ...visible, finalPrompt: visible.finalPrompt ?? task.promptEn ?? "" },
  };
}

export type RelayTask = ReturnType<typeof relayTaskView>;

/** The seed's /api/mj item; admin items add user_id and channel_id. Times in unix seconds. */
export function apiTaskItem(task: TaskRow, options: Options, base: string, admin: boolean) {
  const seconds = (ms: bigint) => (ms > 0n ? Math.floor(Number(ms) / 1000) : 0);
  return {
    id: task.id,
    ...(admin ? { user_id: task.userId, channel_id: task.channelId ?? 0 } : {}),
    mj_id: task.mjId,
    action: task.action,
    prompt: task.prompt,
    prompt_en: task.promptEn,
    status: task.status,
    progress: task.progress,
    image_url: imageUrlFor(task, options, base) ?? "",
    video_url: task.videoUrl,
    video_urls: task.videoUrls,
    submit_time: seconds(task.submitTime),
    start_time: seconds(task.startTime),
    finish_time: seconds(task.finishTime),
    fail_reason: task.failReason,
    quota: Number(task.quota),
  };
}
