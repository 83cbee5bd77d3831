// Request bodies of the relay API (midjourney-proxy's and its Plus/trueai variant's), the
// single source for handlers, the submit-kinds table and the OpenAPI document.
import { z } from "zod";

/** Raster images only: an SVG or HTML data URL would run script wherever it is shown. */
export const imageDataUrl = z
  .string()
  .regex(/^data:image\/(png|jpe?g|webp|gif);base64,[A-Za-z0-9+/=\s]+$/i, "must be a PNG, JPEG, WebP or GIF data URL like data:image/png;base64,…");
const httpUrl = z.string().trim().max(4096).regex(/^https?:\/\/\S+$/i, "must be an http(s) URL");
/** An image given by address or inline. */
const imageRef = z.union([httpUrl, imageDataUrl], { error: "must be an http(s) URL or a PNG, JPEG, WebP or GIF data URL" });
const taskId = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, "taskId is required").max(64));
const botType = z.enum(["MID_JOURNEY", "NIJI_JOURNEY", "mj", "niji"]).optional();

const common = {
  notifyHook: z.string().max(2000).optional(),
  state: z.string().max(255).optional(),
};

export const imagineSchema = z.object({
  prompt: z.string({ error: "prompt is required" }).trim().min(1, "prompt is required").max(8192),
  base64Array: z.array(imageDataUrl).max(5).optional(),
  base64: imageDataUrl.optional(),
  botType,
  accountFilter: z.record(z.string(), z.unknown()).optional(),
  ...common,
});

export const changeSchema = z
  .object({
    taskId,
    action: z.enum(["UPSCALE", "VARIATION", "REROLL"], { error: "action must be UPSCALE, VARIATION or REROLL" }),
    index: z.coerce.number().int().min(1, "index must be 1–4").max(4, "index must be 1–4").optional(),
    ...common,
  })
  .refine((b) => b.action === "REROLL" || b.index !== undefined, { message: "index (1–4) is required for UPSCALE and VARIATION", path: ["index"] });

export const simpleChangeSchema = z.object({
  content: z.string().trim().regex(/^\S+\s+(U[1-4]|V[1-4]|R)$/i, 'content must be "<taskId> U1…U4|V1…V4|R"'),
  ...common,
});

export const describeSchema = z.object({ base64: imageDataUrl, botType, ...common });

export const blendSchema = z.object({
  base64Array: z.array(imageDataUrl).min(2, "base64Array needs 2 to 5 images").max(5, "base64Array needs 2 to 5 images"),
  dimensions: z.enum(["PORTRAIT", "SQUARE", "LANDSCAPE"]).optional(),
  botType,
  ...common,
});

export const actionSchema = z.object({ taskId, customId: z.string().trim().min(1, "customId is required").max(512), ...common });

export const modalSchema = z.object({ taskId, prompt: z.string().max(8192).optional(), maskBase64: imageDataUrl.optional(), ...common });

export const shortenSchema = z.object({ prompt: z.string().trim().min(1, "prompt is required").max(8192), botType, ...common });

export const videoSchema = z
  .object({
    prompt: z.string().trim().max(8192).default(""),
    motion: z.enum(["low", "high"], { error: 'motion must be "low" or "high"' }).optional(),
    image: imageRef.optional(),
    endImage: imageRef.optional(),
    loop: z.boolean().optional(),
    action: z.literal("extend", { error: 'action may only be "extend"' }).optional(),
    index: z.coerce.number().int().min(0, "index must be 0–3").max(3, "index must be 0–3").optional(),
    taskId: taskId.optional(),
    videoType: z.string().max(64).optional(),
    batchSize: z.coerce.number().int().refine((n) => [1, 2, 4].includes(n), "batchSize must be 1, 2 or 4").optional(),
    ...common,
  })
  .refine((b) => b.action === "extend" || b.prompt || b.image, { message: "prompt or image is required", path: ["prompt"] })
  .refine((b) => b.action !== "extend" || b.taskId, { message: "taskId (the video to extend) is required to extend", path: ["taskId"] });

export const editsSchema = z.object({
  prompt: z.string({ error: "prompt is required" }).trim().min(1, "prompt is required").max(8192),
  image: imageRef,
  accountFilter: z.record(z.string(), z.unknown()).optional(),
  ...common,
});

export const swapFaceSchema = z
  .object({
    sourceBase64: imageDataUrl.optional(),
    sourceUrl: httpUrl.optional(),
    targetBase64: imageDataUrl.optional(),
    targetUrl: httpUrl.optional(),
    ...common,
  })
  .refine((b) => b.sourceBase64 || b.sourceUrl, { message: "sourceBase64 or sourceUrl (the face) is required", path: ["sourceBase64"] })
  .refine((b) => b.targetBase64 || b.targetUrl, { message: "targetBase64 or targetUrl (the image to put it on) is required", path: ["targetBase64"] });

export const uploadSchema = z.object({
  base64Array: z.array(imageDataUrl).min(1, "base64Array needs 1 to 10 images").max(10, "base64Array needs 1 to 10 images"),
});

export const listByConditionSchema = z.object({
  ids: z.array(z.union([z.string(), z.number()]).transform(String)).max(1000).nullish().transform((ids) => ids ?? []),
});

/** A task an upstream pushes to a channel's callback (midjourney-proxy's notifyHook body): its id is required, the rest is read as a poll's answer. */
export const pushedTaskSchema = z.looseObject({
  id: z.union([z.string().trim().min(1, "id is required"), z.number()], { error: "id is required" }).transform(String),
});
