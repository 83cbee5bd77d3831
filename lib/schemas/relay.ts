// Request bodies of the relay API (midjourney-proxy's), the single source for handlers and OpenAPI.
import { z } from "zod";

const dataUrl = z.string().regex(/^data:[\w.+-]+\/[\w.+-]+;base64,[A-Za-z0-9+/=\s]+$/, "must be a data URL like data:image/png;base64,…");
const taskId = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, "taskId is required"));

const common = {
  notifyHook: z.string().max(2000).optional(),
  state: z.string().max(255).optional(),
};

export const imagineSchema = z.object({
  prompt: z.string({ error: "prompt is required" }).trim().min(1, "prompt is required").max(8192),
  base64Array: z.array(dataUrl).max(5).optional(),
  base64: dataUrl.optional(),
  botType: z.enum(["MID_JOURNEY", "NIJI_JOURNEY", "mj", "niji"]).optional(),
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

export const describeSchema = z.object({ base64: dataUrl, botType: imagineSchema.shape.botType, ...common });

export const blendSchema = z.object({
  base64Array: z.array(dataUrl).min(2, "base64Array needs 2 to 5 images").max(5, "base64Array needs 2 to 5 images"),
  dimensions: z.enum(["PORTRAIT", "SQUARE", "LANDSCAPE"]).optional(),
  botType: imagineSchema.shape.botType,
  ...common,
});

export const actionSchema = z.object({ taskId, customId: z.string().trim().min(1, "customId is required").max(512), ...common });

export const modalSchema = z.object({ taskId, prompt: z.string().max(8192).optional(), maskBase64: z.string().optional(), ...common });

export const shortenSchema = z.object({ prompt: z.string().trim().min(1, "prompt is required").max(8192), botType: imagineSchema.shape.botType, ...common });

export const listByConditionSchema = z.object({
  ids: z.array(z.union([z.string(), z.number()]).transform(String)).max(1000).nullish().transform((ids) => ids ?? []),
});
