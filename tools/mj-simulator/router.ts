import type { IncomingMessage, ServerResponse } from "node:http";
import type { SimContext, SubmitHandler } from "./context.js";
import { applySubmitFaults } from "./faults.js";
import { BadRequest, parseJsonObject, readBody, sendEmpty, sendJson, sendRaw, sendSpringError } from "./http-io.js";
import { renderTaskVideo } from "./mp4.js";
import { renderTaskImage } from "./png.js";
import { blend, describe, imagine, shorten, uploadDiscordImages } from "./submit-basic.js";
import { action, change, modal, simpleChange } from "./submit-change.js";
import { edits, swapFace, video } from "./submit-media.js";
import { fetchTask, imageSeed, list, listByCondition, queue } from "./task-routes.js";
import type { SpeedMode } from "./types.js";

/** Every POST that submits work, by its path under /mj; all of them honour `sim.faults`. */
const SUBMIT_HANDLERS: Record<string, SubmitHandler> = {
  "submit/imagine": imagine,
  "submit/change": change,
  "submit/simple-change": simpleChange,
  "submit/describe": describe,
  "submit/blend": blend,
  "submit/shorten": shorten,
  "submit/action": action,
  "submit/modal": modal,
  "submit/upload-discord-images": uploadDiscordImages,
  "submit/video": video,
  "submit/edits": edits,
  "submit/edit": edits,
  "insight-face/swap": swapFace,
};

const MODE_PREFIX = /^\/mj-(fast|relax|turbo)(\/mj(?:\/.*)?)$/;
const PROTECTED = /^\/mj\/(submit|task|account|insight-face)(\/|$)/;

/** A video exists once its task has succeeded and lists it. */
function serveVideo(ctx: SimContext, path: string, res: ServerResponse): boolean {
  const match = /^\/sim\/videos\/(\d+)(?:-(\d))?\.mp4$/.exec(path);
  const id = match?.[1];
  const listed = id ? ctx.engine.tasks.get(id)?.videoUrls?.some((video) => video.url.endsWith(path)) : false;
  if (!id || !listed) return false;
  sendRaw(res, 200, "video/mp4", renderTaskVideo(id, Number(match[2] ?? 0)));
  return true;
}

function serveImage(ctx: SimContext, path: string, res: ServerResponse): boolean {
  const image = /^\/sim\/images\/(\d+)(?:-(\d{1,3}))?\.png$/.exec(path);
  if (image?.[1]) {
    if (!ctx.engine.tasks.has(image[1])) return false;
    const pct = image[2] === undefined ? 100 : Number(image[2]);
    sendRaw(res, 200, "image/png", renderTaskImage(image[1], pct));
    return true;
  }
  const attachment = /^\/sim\/attachments\/([^/]+)$/.exec(path);
  const file = attachment?.[1] ? ctx.attachments.get(decodeURIComponent(attachment[1])) : undefined;
  if (!file) return false;
  sendRaw(res, 200, file.mimeType, file.data);
  return true;
}

async function handleSubmit(
  ctx: SimContext,
  handler: SubmitHandler,
  pathMode: SpeedMode | null,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req);
  const fault = await applySubmitFaults(ctx.faults, req, res, path);
  if (fault.handled) return;
  const envelope = handler(ctx, { body: parseJsonObject(body), pathMode });
  if (fault.forceQueued && envelope.code === 1) {
    envelope.code = 22;
    envelope.description = "排队中，前面还有1个任务";
    envelope.properties["numberOfQueues"] = 1;
  }
  sendJson(res, 200, envelope);
}

async function route(ctx: SimContext, req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
  const method = req.method ?? "GET";
  const prefixed = MODE_PREFIX.exec(rawPath);
  const pathMode = prefixed?.[1] ? (prefixed[1].toUpperCase() as SpeedMode) : null;
  const path = prefixed?.[2] ?? rawPath;

  if (method === "GET" && path.startsWith("/sim/") && (serveImage(ctx, path, res) || serveVideo(ctx, path, res))) return;
  if (ctx.secret && PROTECTED.test(path) && req.headers["mj-api-secret"] !== ctx.secret) {
    sendEmpty(res, 401);
    return;
  }

  const submit = /^\/mj\/((?:submit|insight-face)\/[a-z-]+)$/.exec(path)?.[1];
  const handler = submit ? SUBMIT_HANDLERS[submit] : undefined;
  if (handler) {
    if (method !== "POST") sendSpringError(res, 405, path);
    else await handleSubmit(ctx, handler, pathMode, path, req, res);
    return;
  }

  const taskPath = /^\/mj\/task\/([^/]+)\/(fetch|image-seed)$/.exec(path);
  if (method === "GET" && taskPath?.[1]) {
    const id = decodeURIComponent(taskPath[1]);
    if (taskPath[2] === "fetch") fetchTask(ctx, id, res);
    else imageSeed(ctx, id, res);
    return;
  }
  if (method === "POST" && (path === "/mj/task/list-by-condition" || path === "/mj/task/list-by-ids")) {
    listByCondition(ctx, await readBody(req), path, res);
    return;
  }
  if (method === "GET" && path === "/mj/task/queue") return queue(ctx, res);
  if (method === "GET" && path === "/mj/task/list") return list(ctx, res);
  sendSpringError(res, 404, path);
}

export function createRequestHandler(ctx: SimContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const rawPath = new URL(req.url ?? "/", "http://simulator").pathname;
    ctx.requests.push({ method: req.method ?? "GET", path: rawPath, at: Date.now() });
    route(ctx, req, res, rawPath).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      sendSpringError(res, error instanceof BadRequest ? 400 : 500, rawPath);
    });
  };
}
