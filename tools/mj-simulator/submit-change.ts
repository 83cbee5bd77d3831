import { CHANGEABLE_ACTIONS, isBookmark, resolveCustomId, type ResolvedAction } from "./buttons.js";
import { commonFields, type SimContext, type SubmitRequest } from "./context.js";
import { accepted, notFound, validationError } from "./envelope.js";
import { optEnum, optInt, optString } from "./http-io.js";
import { resolveMode } from "./prompt-rules.js";
import { prepareAnimate } from "./submit-media.js";
import type { TaskInit } from "./task-engine.js";
import { TASK_ACTIONS, type SimTask, type SubmitEnvelope, type TaskAction } from "./types.js";

const CHANGE_ACTIONS: ReadonlySet<TaskAction> = new Set(["UPSCALE", "VARIATION", "REROLL"]);

/** A follow-up task inherits the parent's prompts, final prompt, bot and mode. */
function createChild(ctx: SimContext, parent: SimTask, req: SubmitRequest, init: Pick<TaskInit, "action" | "description" | "status">): SimTask {
  const finalPrompt = parent.properties["finalPrompt"];
  return ctx.engine.create({
    ...init,
    prompt: parent.prompt,
    promptEn: parent.promptEn,
    ...commonFields(req.body),
    botType: parent.botType,
    mode: resolveMode(req.pathMode, null, parent.mode),
    ...(typeof finalPrompt === "string" ? { finalPrompt } : {}),
  });
}

function submitChange(
  ctx: SimContext,
  req: SubmitRequest,
  taskId: string,
  action: TaskAction,
  index: number | undefined,
): SubmitEnvelope {
  const parent = ctx.engine.tasks.get(taskId);
  if (!parent) return notFound();
  if (parent.status !== "SUCCESS") return validationError("关联任务状态错误");
  if (!CHANGEABLE_ACTIONS.has(parent.action)) return validationError("关联任务不允许执行变化");
  // Java concatenates the Integer, so a missing index really reads "Unull".
  const suffix = action === "REROLL" ? "R" : `${action === "UPSCALE" ? "U" : "V"}${index ?? "null"}`;
  const task = createChild(ctx, parent, req, { action, description: `/up ${taskId} ${suffix}` });
  ctx.engine.run(task.id);
  return accepted(task.id);
}

export function change(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const { body } = req;
  const action = optEnum(body, "action", TASK_ACTIONS);
  const index = optInt(body, "index");
  const taskId = optString(body, "taskId");
  if (!taskId?.trim()) return validationError("taskId不能为空");
  if (!action || !CHANGE_ACTIONS.has(action)) return validationError("action参数错误");
  return submitChange(ctx, req, taskId, action, index);
}

export function simpleChange(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const content = optString(req.body, "content");
  // Split on single spaces like hutool's StrUtil.split, so extra spaces make more tokens.
  const tokens = content?.split(" ") ?? [];
  const [taskId, op] = tokens;
  const match = tokens.length === 2 && op ? /^(?:([uv])([1-4])|r)$/i.exec(op) : null;
  if (!taskId || !match) return validationError("content参数错误");
  const letter = match[1]?.toLowerCase();
  const action: TaskAction = letter === "u" ? "UPSCALE" : letter === "v" ? "VARIATION" : "REROLL";
  return submitChange(ctx, req, taskId, action, match[2] ? Number(match[2]) : undefined);
}

export function action(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const taskId = optString(req.body, "taskId");
  const customId = optString(req.body, "customId");
  if (!taskId?.trim() || !customId?.trim()) return validationError("参数错误");
  const parent = ctx.engine.tasks.get(taskId);
  if (!parent) return notFound();
  if (parent.status !== "SUCCESS") return validationError("关联任务状态错误");
  // trueai only relays the press to Discord: no task, and `result` is the pressed task's id.
  if (isBookmark(customId)) return { code: 1, description: "成功", result: parent.id, properties: {} };
  const resolved = resolveCustomId(customId, parent);
  if (!resolved) return validationError("未知的 Action 类型");

  const task = createChild(ctx, parent, req, {
    action: resolved.action,
    description: `/up ${taskId} ${resolved.label}`,
    status: resolved.modal ? "MODAL" : "NOT_START",
  });
  const meta = ctx.engine.metaOf(task.id);
  meta.customId = customId;
  if (!resolved.modal) {
    shapeFollowUp(ctx, task, parent, resolved);
    ctx.engine.run(task.id);
    return accepted(task.id);
  }
  meta.modal = resolved.modal;
  const finalPrompt = resolved.finalPrompt ?? "";
  task.properties["finalPrompt"] = finalPrompt;
  if (resolved.modal === "prompt") {
    // Picking a describe/shorten suggestion starts a fresh imagine from that suggestion, which is
    // the task's prompt while it waits (the parent's describe report or long prompt is not).
    task.prompt = finalPrompt;
    task.promptEn = finalPrompt;
  }
  return { code: 21, description: "Waiting for window confirm", result: task.id, properties: { finalPrompt, remix: true } };
}

/** Follow-ups that are not a plain copy of the parent's prompt. */
function shapeFollowUp(ctx: SimContext, task: SimTask, parent: SimTask, resolved: ResolvedAction): void {
  if (resolved.motion) prepareAnimate(ctx, task, parent, resolved.motion);
  if (resolved.action === "DESCRIBE") {
    // Retry describes the same image again: a new report, so nothing of the old one is kept.
    task.prompt = null;
    task.promptEn = null;
    delete task.properties["finalPrompt"];
    task.imageUrl = parent.imageUrl;
    task.description = parent.description;
  }
}

function zoomPromptValid(prompt: string): boolean {
  const zoom = /--zoom\s+(\d+(?:\.\d+)?)/.exec(prompt)?.[1];
  return /--ar\s+\d+:\d+/.test(prompt) && zoom !== undefined && Number(zoom) >= 1 && Number(zoom) <= 2;
}

export function modal(ctx: SimContext, req: SubmitRequest): SubmitEnvelope {
  const taskId = optString(req.body, "taskId");
  if (!taskId?.trim()) return validationError("taskId不能为空");
  const task = ctx.engine.tasks.get(taskId);
  if (!task) return notFound();
  if (task.status !== "MODAL") return validationError("关联任务状态错误");
  const meta = ctx.engine.metaOf(taskId);
  const proposed = task.properties["finalPrompt"];
  const prompt =
    optString(req.body, "prompt")?.trim() || (typeof proposed === "string" ? proposed.trim() : "") || task.prompt?.trim();
  if (!prompt) return validationError("prompt不能为空");
  if (meta.modal === "inpaint" && !optString(req.body, "maskBase64")?.trim()) return validationError("maskBase64不能为空");
  if (meta.modal === "zoom" && !zoomPromptValid(prompt)) return validationError("prompt参数错误，需要 --ar 和 --zoom (1-2)");

  task.prompt = prompt;
  task.promptEn = prompt;
  task.properties["finalPrompt"] = prompt;
  if (meta.modal === "prompt") task.description = `/imagine ${prompt}`;
  ctx.engine.run(taskId);
  return accepted(taskId);
}
