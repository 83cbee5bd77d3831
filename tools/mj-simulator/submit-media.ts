import { launch, screenPrompt } from "./admit.js";
import { commonFields, type SimContext, type SubmitRequest } from "./context.js";
import { failure, validationError } from "./envelope.js";
import { optBool, optInt, optString } from "./http-io.js";
import { VIDEO_ACTIONS } from "./lifecycle.js";
import { parseBotType, parseDataUrl, resolveMode, type DataUrl } from "./prompt-rules.js";
import type { SimTask, SubmitEnvelope } from "./types.js";

/** trueai's video, edits and swap take an image as an http(s) URL or a data URL. */
type ImageInput = { url: string } | { data: DataUrl };

function parseImage(value: string, allowUrl = true, allowData = true): ImageInput | null {
  const trimmed = value.trim();
  if (allowUrl && /^https?:\/\/\S+$/i.test(trimmed)) return { url: trimmed };
  const data = allowData ? parseDataUrl(trimmed) : null;
  return data ? { data } : null;
}

/** A data URL is uploaded (like a reference image) only once the submit is known to be accepted. */
function imageUrlOf(ctx: SimContext, image: ImageInput): string {
  return "url" in image ? image.url : ctx.attachments.save(image.data);
}

/** Reads an optional image field: undefined when absent or blank, null when present but unusable. */
function optImage(body: Record<string, unknown>, key: string): ImageInput | null | undefined {
  const raw = optString(body, key);
  return raw?.trim() ? parseImage(raw) : undefined;
}

export interface VideoPromptParts {
  imageUrl?: string | null;
  prompt: string;
  motion: "low" | "high";
  loop?: boolean;
  endImageUrl?: string;
  batchSize?: number;
}

/** The prompt trueai sends Midjourney for a video: `<image> <prompt> --video 1 [--end …] --motion m [--bs n]`. */
export function videoPrompt(parts: VideoPromptParts): string {
  const words = [parts.imageUrl, parts.prompt, "--video 1"];
  if (parts.loop) words.push("--end loop");
  else if (parts.endImageUrl) words.push(`--end ${parts.endImageUrl}`);
  words.push(`--motion ${parts.motion}`);
  // 4 is Midjourney's default batch, so trueai leaves it out.
  if (parts.batchSize === 1 || parts.batchSize === 2) words.push(`--bs ${parts.batchSize}`);
  return words.filter((word) => word?.trim()).join(" ");
}

const MOTIONS = ["low", "high"] as const;
const VIDEO_TYPES = ["vid_1.1_i2v_480", "vid_1.1_i2v_720"];
const BATCH_SIZES = [1, 2, 4];

interface VideoOptions {
  motion: "low" | "high";
  batchSize: number;
  loop: boolean;
}

function videoOptions(body: Record<string, unknown>): VideoOptions | SubmitEnvelope {
  const motion = (optString(body, "motion")?.trim() || "low").toLowerCase();
  if (motion !== "low" && motion !== "high") return validationError(`motion参数错误，可选 ${MOTIONS.join(" | ")}`);
  const videoType = optString(body, "videoType")?.trim() || VIDEO_TYPES[0];
  if (!VIDEO_TYPES.includes(videoType ?? "")) return validationError(`videoType参数错误，可选 ${VIDEO_TYPES.join(" | ")}`);
  const batchSize = optInt(body, "batchSize") ?? 4;
  if (!BATCH_SIZES.includes(batchSize)) return validationError("batchSize参数错误，可选 1 | 2 | 4");
  return { motion, batchSize, loop: optBool(body, "loop") ?? false };
}

/** POST /submit/video: animate an image (VIDEO), or with `action: "extend"` continue a finished video (VIDEO_EXTEND). */
export function video(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const botType = parseBotType(body["botType"]);
  const action = optString(body, "action")?.trim().toLowerCase() || undefined;
  if (action && action !== "extend") return validationError("action参数错误，可选 extend");
  const options = videoOptions(body);
  if ("code" in options) return options;
  const image = optImage(body, "image");
  const endImage = optImage(body, "endImage");
  if (image === null) return validationError("image格式错误，需要 http(s) URL 或 data URL");
  if (endImage === null) return validationError("endImage格式错误，需要 http(s) URL 或 data URL");
  if (action === "extend") return extendVideo(ctx, req, options);

  const prompt = optString(body, "prompt")?.trim();
  if (!prompt) return validationError("prompt不能为空");
  const screened = screenPrompt(prompt);
  if (screened.refusal) return screened.refusal;

  const imageUrl = image ? imageUrlOf(ctx, image) : null;
  const endImageUrl = endImage ? imageUrlOf(ctx, endImage) : undefined;
  const promptEn = videoPrompt({ imageUrl, prompt, endImageUrl, ...options });
  const task = ctx.engine.create({
    action: "VIDEO",
    prompt,
    promptEn,
    description: `/video ${prompt}`,
    ...commonFields(body),
    botType,
    mode: resolveMode(req.pathMode, prompt),
  });
  ctx.engine.metaOf(task.id).videoCount = options.batchSize;
  return launch(ctx, task.id, screened.trigger);
}

function extendVideo(ctx: SimContext, req: SubmitRequest, options: VideoOptions): SubmitEnvelope {
  const { body } = req;
  const taskId = optString(body, "taskId")?.trim();
  if (!taskId) return validationError("taskId不能为空");
  const index = optInt(body, "index");
  if (index === undefined || index < 0 || index > 3) return validationError("index参数错误，可选 0-3");
  const parent = ctx.engine.tasks.get(taskId);
  if (!parent) return failure(3, "目标任务不存在");
  if (parent.status !== "SUCCESS") return validationError("关联任务状态错误");
  if (!VIDEO_ACTIONS.has(parent.action)) return validationError("关联任务不是视频任务");
  const source = parent.videoUrls?.[index]?.url;
  if (!source) return validationError("index参数错误，该任务没有这个视频");

  const prompt = optString(body, "prompt")?.trim() || parent.prompt || "";
  const screened = screenPrompt(prompt);
  if (screened.refusal) return screened.refusal;

  const task = ctx.engine.create({
    action: "VIDEO_EXTEND",
    prompt,
    promptEn: videoPrompt({ imageUrl: source, prompt, ...options }),
    description: `/video ${prompt}`,
    ...commonFields(body),
    botType: parent.botType,
    mode: resolveMode(req.pathMode, prompt, parent.mode),
  });
  ctx.engine.metaOf(task.id).videoCount = options.batchSize;
  return launch(ctx, task.id, screened.trigger);
}

/** The Animate buttons of an upscale start a 4-video batch from that image. */
export function prepareAnimate(ctx: SimContext, task: SimTask, parent: SimTask, motion: "low" | "high"): void {
  const promptEn = videoPrompt({ imageUrl: parent.imageUrl, prompt: parent.prompt ?? "", motion });
  task.promptEn = promptEn;
  task.properties["finalPrompt"] = promptEn;
  ctx.engine.metaOf(task.id).videoCount = 4;
}

/** POST /submit/edits (alias /submit/edit): repaint an image from a prompt; the result is a grid. */
export function edits(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const botType = parseBotType(body["botType"]);
  const prompt = optString(body, "prompt")?.trim();
  if (!prompt) return validationError("prompt不能为空");
  const image = optImage(body, "image");
  if (image === undefined) return validationError("image不能为空");
  if (image === null) return validationError("image格式错误，需要 http(s) URL 或 data URL");
  const screened = screenPrompt(prompt);
  if (screened.refusal) return screened.refusal;

  const task = ctx.engine.create({
    action: "EDIT",
    prompt,
    promptEn: `${imageUrlOf(ctx, image)} ${prompt}`,
    description: `/edits ${prompt}`,
    ...commonFields(body),
    botType,
    mode: resolveMode(req.pathMode, prompt),
  });
  return launch(ctx, task.id, screened.trigger);
}

/** One side of a face swap: `<side>Base64` (a data URL) or else `<side>Url`. */
function swapImage(body: Record<string, unknown>, side: "source" | "target"): ImageInput | "missing" | "invalid" {
  const base64 = optString(body, `${side}Base64`)?.trim();
  if (base64) return parseImage(base64, false, true) ?? "invalid";
  const url = optString(body, `${side}Url`)?.trim();
  if (url) return parseImage(url, true, false) ?? "invalid";
  return "missing";
}

const sameImage = (a: ImageInput, b: ImageInput): boolean =>
  "url" in a ? "url" in b && a.url === b.url : "data" in b && a.data.data.equals(b.data.data);

/** POST /insight-face/swap: trueai's InsightFace controller, with its messages. */
export function swapFace(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const source = swapImage(body, "source");
  if (source === "missing") return validationError("人脸图片不能为空");
  const target = swapImage(body, "target");
  if (target === "missing") return validationError("目标图片不能为空");
  if (source === "invalid" || target === "invalid") {
    return validationError("图片格式错误：*Base64 需要 data URL，*Url 需要 http(s) URL");
  }
  if (sameImage(source, target)) return validationError("人脸图片和目标图片不能相同");

  const task = ctx.engine.create({
    action: "SWAP_FACE",
    prompt: null,
    promptEn: null,
    description: "/insight-face swap",
    ...commonFields(body),
    botType: "INSIGHT_FACE",
    mode: resolveMode(req.pathMode, null),
  });
  task.properties["sourceUrl"] = imageUrlOf(ctx, source);
  task.properties["targetUrl"] = imageUrlOf(ctx, target);
  return launch(ctx, task.id, null);
}
