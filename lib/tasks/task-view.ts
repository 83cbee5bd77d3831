// Task rows → the two public shapes: midjourney-proxy's camelCase task (relay, notify
// hooks) and new-api's Midjourney row for /api/mj (snake_case, times in milliseconds).
import type { FieldTypes } from "../db/direct";
import { optionBool, type Options } from "../options/options";
import { forwardedImageUrl, forwardedVideoUrl } from "./image-link";
import { TASK_STATUS } from "./status";
import { videoUrlsOf } from "./video-urls";
import type { ApiTaskItem } from "../schemas/task";
import type { RelayTaskOutput } from "../schemas/relay";

export const taskViewSelect = {
  id: true, mjId: true, userId: true, channelId: true, action: true, status: true, prompt: true, promptEn: true,
  description: true, state: true, submitTime: true, startTime: true, finishTime: true, progress: true, imageUrl: true,
  videoUrl: true, videoUrls: true, failReason: true, buttons: true, properties: true, botType: true, mode: true, quota: true, code: true,
} as const;

/** How a TaskRow's fields are typed when read in direct SQL (lib/db/direct.ts typedRow). */
export const TASK_ROW_TYPES = {
  int: ["id", "userId", "channelId", "code"], bigint: ["submitTime", "startTime", "finishTime", "quota"], json: ["buttons", "properties"],
} as const satisfies FieldTypes;

export interface TaskRow {
  id: number; mjId: string; userId: number; channelId: number | null; action: string; status: string; prompt: string;
  promptEn: string; description: string; state: string; submitTime: bigint; startTime: bigint; finishTime: bigint;
  progress: string; imageUrl: string; videoUrl: string; videoUrls: string; failReason: string; buttons: unknown;
  properties: unknown; botType: string; mode: string; quota: bigint; code: number;
}

const msOrNull = (value: bigint) => (value > 0n ? Number(value) : null);
const forwarding = (options: Options) => optionBool(options, "MjForwardUrlEnabled");

/** The image clients may show: none for a failed task (its last preview is not a result). */
export function imageUrlFor(task: Pick<TaskRow, "mjId" | "imageUrl" | "status">, options: Options, base: string): string | null {
  if (!task.imageUrl || task.status === TASK_STATUS.failure) return null;
  return forwarding(options) ? forwardedImageUrl(base, task.mjId) : task.imageUrl;
}

/** videoUrl and videoUrls, through the gateway when forwarding is on, as images are. */
export function videoUrlsFor(task: Pick<TaskRow, "mjId" | "videoUrl" | "videoUrls" | "status">, options: Options, base: string): { videoUrl: string | null; videoUrls: string[] } {
  if (!task.videoUrl || task.status === TASK_STATUS.failure) return { videoUrl: null, videoUrls: [] };
  const urls = videoUrlsOf(task.videoUrls);
  if (!forwarding(options)) return { videoUrl: task.videoUrl, videoUrls: urls };
  return { videoUrl: forwardedVideoUrl(base, task.mjId, 0), videoUrls: urls.map((_url, index) => forwardedVideoUrl(base, task.mjId, index)) };
}

function visibleProperties(task: TaskRow): Record<string, unknown> & { finalPrompt: unknown; finalZhPrompt: unknown } {
  const properties = (task.properties && typeof task.properties === "object" ? task.properties : {}) as Record<string, unknown>;
  const { notifyHook: _hidden, discordInstanceId: _instance, discordChannelId: _channel, urls: _urls, ...visible } = properties;
  // Clients render these as text (chatgpt-web-midjourney-proxy markdown-renders finalZhPrompt): never undefined.
  return { ...visible, finalPrompt: visible.finalPrompt ?? task.promptEn ?? "", finalZhPrompt: visible.finalZhPrompt ?? "" };
}

export function relayTaskView(task: TaskRow, options: Options, base: string): RelayTaskOutput {
  const videos = videoUrlsFor(task, options, base);
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
    videoUrl: videos.videoUrl,
    videoUrls: videos.videoUrls.map((url) => ({ url })),
    failReason: task.failReason || null,
    botType: task.botType,
    mode: task.mode ? task.mode.toUpperCase() : null,
    buttons: Array.isArray(task.buttons) ? task.buttons : [],
    properties: visibleProperties(task),
  };
}

export type RelayTask = ReturnType<typeof relayTaskView>;

/**
 * new-api's Midjourney row, as /api/mj/self and /api/mj/ return it (its front-end renders
 * these fields): times in milliseconds; buttons, properties and video_urls as JSON strings.
 */
export function apiTaskItem(task: TaskRow, options: Options, base: string): ApiTaskItem {
  const videos = videoUrlsFor(task, options, base);
  return {
    id: task.id,
    code: task.code,
    user_id: task.userId,
    action: task.action,
    mj_id: task.mjId,
    prompt: task.prompt,
    prompt_en: task.promptEn,
    description: task.description,
    state: task.state,
    submit_time: Number(task.submitTime),
    start_time: Number(task.startTime),
    finish_time: Number(task.finishTime),
    image_url: imageUrlFor(task, options, base) ?? "",
    video_url: videos.videoUrl ?? "",
    video_urls: videos.videoUrls.length ? JSON.stringify(videos.videoUrls.map((url) => ({ url }))) : "",
    status: task.status,
    progress: task.progress,
    fail_reason: task.failReason,
    channel_id: task.channelId ?? 0,
    quota: Number(task.quota),
    buttons: JSON.stringify(Array.isArray(task.buttons) ? task.buttons : []),
    properties: JSON.stringify(visibleProperties(task)),
  };
}

export type { ApiTaskItem };
