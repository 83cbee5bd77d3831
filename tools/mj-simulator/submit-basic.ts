import { bannedPrompt, launch, refusedByTrigger } from "./admit.js";
import { commonFields, type SimContext, type SubmitRequest } from "./context.js";
import { accepted, validationError } from "./envelope.js";
import { optEnum, optString, optStringArray } from "./http-io.js";
import { fileSuffix, parseBotType, parseDataUrl, resolveMode, submitTrigger, type DataUrl } from "./prompt-rules.js";
import type { SubmitEnvelope } from "./types.js";

function parseAll(values: string[]): DataUrl[] | null {
  const parsed = values.map(parseDataUrl);
  return parsed.every((p): p is DataUrl => p !== null) ? parsed : null;
}

export function imagine(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const botType = parseBotType(body["botType"]);
  const prompt = optString(body, "prompt")?.trim();
  if (!prompt) return validationError("prompt不能为空");
  const banned = bannedPrompt(prompt);
  if (banned) return banned;
  const base64Array = [...(optStringArray(body, "base64Array") ?? [])];
  const single = optString(body, "base64");
  if (single?.trim()) base64Array.push(single);
  const images = parseAll(base64Array);
  if (!images) return validationError("base64格式错误");

  const trigger = submitTrigger(prompt);
  const refused = refusedByTrigger(trigger);
  if (refused) return refused;

  const urls = images.map((image) => ctx.attachments.save(image));
  const fullPrompt = urls.length ? `${urls.join(" ")} ${prompt}` : prompt;
  const task = ctx.engine.create({
    action: "IMAGINE",
    prompt: fullPrompt,
    promptEn: fullPrompt,
    description: `/imagine ${prompt}`,
    ...commonFields(body),
    botType,
    mode: resolveMode(req.pathMode, prompt),
  });
  return launch(ctx, task.id, trigger);
}

/** Describe and blend start from images alone: no prompt, the description set once the id is known. */
function createPromptlessTask(ctx: SimContext, req: SubmitRequest, action: "DESCRIBE" | "BLEND", botType: ReturnType<typeof parseBotType>) {
  return ctx.engine.create({
    action,
    prompt: null,
    promptEn: null,
    description: null,
    ...commonFields(req.body),
    botType,
    mode: resolveMode(req.pathMode, null),
  });
}

export function describe(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const botType = parseBotType(body["botType"]);
  const base64 = optString(body, "base64");
  if (!base64?.trim()) return validationError("base64不能为空");
  const image = parseDataUrl(base64);
  if (!image) return validationError("base64格式错误");
  const task = createPromptlessTask(ctx, req, "DESCRIBE", botType);
  const fileName = `${task.id}.${fileSuffix(image.mimeType)}`;
  task.description = `/describe ${fileName}`;
  task.imageUrl = ctx.attachments.save(image, fileName);
  ctx.engine.run(task.id);
  return accepted(task.id);
}

const DIMENSIONS = ["PORTRAIT", "SQUARE", "LANDSCAPE"] as const;
const ASPECT: Record<(typeof DIMENSIONS)[number], string> = { PORTRAIT: "2:3", SQUARE: "1:1", LANDSCAPE: "3:2" };

export function blend(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const botType = parseBotType(body["botType"]);
  // The Java DTO defaults to SQUARE; only an explicit null reaches the validation error.
  const dimensions = "dimensions" in body ? optEnum(body, "dimensions", DIMENSIONS) : "SQUARE";
  const base64Array = optStringArray(body, "base64Array");
  if (!base64Array || base64Array.length < 2 || base64Array.length > 5) return validationError("base64List参数错误");
  if (!dimensions) return validationError("dimensions参数错误");
  const images = parseAll(base64Array);
  if (!images) return validationError("base64格式错误");
  const task = createPromptlessTask(ctx, req, "BLEND", botType);
  task.description = `/blend ${task.id} ${images.length}`;
  const urls = images.map((image) => ctx.attachments.save(image));
  ctx.engine.metaOf(task.id).pendingFinalPrompt = `${urls.join(" ")} --ar ${ASPECT[dimensions]}`;
  ctx.engine.run(task.id);
  return accepted(task.id);
}

export function shorten(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const botType = parseBotType(body["botType"]);
  const prompt = optString(body, "prompt")?.trim();
  if (!prompt) return validationError("prompt不能为空");
  const task = ctx.engine.create({
    action: "SHORTEN",
    prompt,
    promptEn: prompt,
    description: `/shorten ${prompt}`,
    ...commonFields(body),
    botType,
    mode: resolveMode(req.pathMode, prompt),
  });
  ctx.engine.run(task.id);
  return accepted(task.id);
}

/** trueai answers at once with the CDN URLs: `result` is an array here, and no task is made. */
export function uploadDiscordImages(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const base64Array = optStringArray(req.body, "base64Array");
  if (!base64Array?.length) return validationError("base64 参数错误");
  const images = parseAll(base64Array);
  if (!images) return validationError("base64格式错误");
  const urls = images.map((image) => ctx.attachments.save(image));
  return { code: 1, description: "提交成功", result: urls, properties: {} };
}
