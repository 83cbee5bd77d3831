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
    // chatgpt-web-midjourney-proxy sends index 0 with REROLL, which needs none.
    index: z.coerce.number().int().min(0, "index must be 1–4").max(4, "index must be 1–4").optional(),
    ...common,
  })
  .refine((b) => b.action === "REROLL" || (b.index !== undefined && b.index >= 1), { message: "index (1–4) is required for UPSCALE and VARIATION", path: ["index"] });

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
    /** chatgpt-web-midjourney-proxy sends the image again as base64. */
    base64: imageRef.optional(),
    endImage: imageRef.optional(),
    loop: z.boolean().optional(),
    action: z.literal("extend", { error: 'action may only be "extend"' }).optional(),
    index: z.coerce.number().int().min(0, "index must be 0–3").max(3, "index must be 0–3").optional(),
    taskId: taskId.optional(),
    videoType: z.string().max(64).optional(),
    batchSize: z.coerce.number().int().refine((n) => [1, 2, 4].includes(n), "batchSize must be 1, 2 or 4").optional(),
    /** The speed mode in the body (chatgpt-web-midjourney-proxy), when the path has no /mj-fast… prefix. */
    mode: z.string().trim().toLowerCase().pipe(z.enum(["fast", "relax", "turbo"], { error: "mode must be FAST, RELAX or TURBO" })).optional(),
    ...common,
  })
  .refine((b) => b.action === "extend" || b.prompt || b.image || b.base64, { message: "prompt or image is required", path: ["prompt"] })
  .refine((b) => b.action !== "extend" || b.taskId, { message: "taskId (the video to extend) is required to extend", path: ["taskId"] });

export const editsSchema = z.object({
  prompt: z.string({ error: "prompt is required" }).trim().min(1, "prompt is required").max(8192),
  image: imageRef,
  maskBase64: imageDataUrl.optional(),
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
  ids: z.array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().max(64, "each id is at most 64 characters"))).max(1000).nullish().transform((ids) => ids ?? []),
});

const button = z.object({ customId: z.string(), emoji: z.string().optional(), label: z.string().optional(), type: z.number().optional(), style: z.number().optional() });

/** midjourney-proxy's task object, as fetch, list-by-condition and notify hooks carry it (times in ms). */
export const relayTaskSchema = z.strictObject({
  id: z.string(), action: z.string(), status: z.string(), prompt: z.string(), promptEn: z.string(), description: z.string(), state: z.string(),
  submitTime: z.number().int().nullable(), startTime: z.number().int().nullable(), finishTime: z.number().int().nullable(),
  progress: z.string(), imageUrl: z.string().nullable(), videoUrl: z.string().nullable(), videoUrls: z.array(z.strictObject({ url: z.string() })),
  failReason: z.string().nullable(), botType: z.string(), mode: z.string().nullable(), buttons: z.array(button),
  properties: z.looseObject({ finalPrompt: z.unknown(), finalZhPrompt: z.unknown() }),
});
export type RelayTaskOutput = z.infer<typeof relayTaskSchema>;

/** midjourney-proxy's submit answer; result is the task id, or (upload) the list of URLs. */
export const submitEnvelopeSchema = z.strictObject({
  code: z.number().int(), description: z.string(), result: z.union([z.string(), z.array(z.string()), z.null()]), properties: z.record(z.string(), z.unknown()),
});

/** A task an upstream pushes to a channel's callback (midjourney-proxy's notifyHook body): its id is required, the rest is read as a poll's answer. */
export const pushedTaskSchema = z.looseObject({
  id: z.union([z.string().trim().min(1, "id is required"), z.number()], { error: "id is required" }).transform(String),
});
