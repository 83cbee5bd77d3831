// Every kind of submit the relay accepts, in one table: its path (as midjourney-proxy
// serves it), body schema, the action it runs (which prices it), the task it follows up on,
// and how the body is prepared for the upstream. The /mj routes, the portal's submit and
// the OpenAPI document are all made from this table.
import type { z } from "zod";
import {
  actionSchema, blendSchema, changeSchema, describeSchema, editsSchema, imagineSchema, modalSchema, shortenSchema,
  simpleChangeSchema, swapFaceSchema, uploadSchema, videoSchema,
} from "../schemas/relay";
import { actionForCustomId, parseSimpleChange } from "./actions";

export interface SubmitKind<S extends z.ZodType = z.ZodType> {
  /** Under /mj/, as midjourney-proxy serves it; forwarded upstream unchanged. */
  path: string;
  summary: string;
  schema: S;
  /** The action this submit runs; its price is the model "mj_" + lower(action). */
  action: (body: z.infer<S>) => string;
  /** The task a follow-up acts on: it must be the caller's, and it pins the channel. */
  parentTaskId?: (body: z.infer<S>) => string | undefined;
  /** A modal confirms the caller's task that waits in MODAL, instead of creating one. */
  confirmsModal?: boolean;
  /** A speed mode named in the body, used when the path has no /mj-fast|relax|turbo prefix. */
  bodyMode?: (body: z.infer<S>) => string | undefined;
  /** The body as forwarded upstream. */
  prepare?: (body: z.infer<S>) => Record<string, unknown>;
  /** "urls": the upstream answers the result at once (a list of URLs), no task to poll. */
  answers?: "task" | "urls";
}

const kind = <S extends z.ZodType>(definition: SubmitKind<S>) => definition;

export const SUBMIT_KINDS = {
  imagine: kind({
    path: "submit/imagine", summary: "Start an IMAGINE task", schema: imagineSchema, action: () => "IMAGINE",
    // midjourney-proxy folds the deprecated single `base64` into base64Array.
    prepare: ({ base64, ...body }) => {
      const base64Array = [...(body.base64Array ?? []), ...(base64 ? [base64] : [])];
      return { ...body, ...(base64Array.length ? { base64Array } : {}) };
    },
  }),
  change: kind({
    path: "submit/change", summary: "Upscale, vary or reroll a finished task", schema: changeSchema,
    action: (body) => body.action, parentTaskId: (body) => body.taskId,
  }),
  "simple-change": kind({
    // new-api prices this as "mj_" (and finds no channel); we price it as the change it names.
    path: "submit/simple-change", summary: 'Shorthand of change: "<taskId> U2"', schema: simpleChangeSchema,
    action: (body) => parseSimpleChange(body.content).action, parentTaskId: (body) => parseSimpleChange(body.content).taskId,
  }),
  describe: kind({ path: "submit/describe", summary: "Image to prompts (result in properties.finalPrompt)", schema: describeSchema, action: () => "DESCRIBE" }),
  blend: kind({ path: "submit/blend", summary: "Blend 2 to 5 images", schema: blendSchema, action: () => "BLEND" }),
  action: kind({
    path: "submit/action", summary: "Press a button (customId) of a finished task", schema: actionSchema,
    action: (body) => actionForCustomId(body.customId), parentTaskId: (body) => body.taskId,
  }),
  modal: kind({
    path: "submit/modal", summary: "Confirm a task waiting in MODAL (custom zoom, vary region, remix, picked prompt)", schema: modalSchema,
    action: () => "MODAL", parentTaskId: (body) => body.taskId, confirmsModal: true,
  }),
  shorten: kind({ path: "submit/shorten", summary: "Shorten a prompt", schema: shortenSchema, action: () => "SHORTEN" }),
  video: kind({
    path: "submit/video", summary: "Image (and prompt) to video, or extend a video", schema: videoSchema,
    action: () => "VIDEO", parentTaskId: (body) => body.taskId, bodyMode: (body) => body.mode,
    prepare: ({ base64, mode: _mode, ...body }) => ({ ...body, ...(body.image || base64 ? { image: body.image ?? base64 } : {}) }),
  }),
  edits: kind({ path: "submit/edits", summary: "Edit an image with a prompt", schema: editsSchema, action: () => "EDITS" }),
  edit: kind({ path: "submit/edit", summary: "Alias of submit/edits", schema: editsSchema, action: () => "EDITS" }),
  "swap-face": kind({ path: "insight-face/swap", summary: "Put the source's face on the target image", schema: swapFaceSchema, action: () => "SWAP_FACE" }),
  upload: kind({
    path: "submit/upload-discord-images", summary: "Upload images; answers their URLs at once", schema: uploadSchema,
    action: () => "UPLOAD", answers: "urls",
  }),
};

export type SubmitKindName = keyof typeof SUBMIT_KINDS;

export function isSubmitKind(name: unknown): name is SubmitKindName {
  return typeof name === "string" && Object.hasOwn(SUBMIT_KINDS, name);
}

export function submitKind(name: SubmitKindName): SubmitKind {
  return SUBMIT_KINDS[name] as unknown as SubmitKind;
}
