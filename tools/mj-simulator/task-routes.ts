import type { ServerResponse } from "node:http";
import type { SimContext } from "./context.js";
import { BadRequest, parseJsonObject, sendEmpty, sendJson, sendSpringError } from "./http-io.js";
import type { SimTask } from "./types.js";

function isFinished(task: SimTask): boolean {
  return task.status === "SUCCESS" || task.status === "FAILURE";
}

export function fetchTask(ctx: SimContext, id: string, res: ServerResponse): void {
  const task = ctx.engine.tasks.get(id);
  // orig serialises a null Task as an empty 200 body
  if (task) sendJson(res, 200, task);
  else sendEmpty(res, 200);
}

export function listByCondition(ctx: SimContext, body: Buffer, path: string, res: ServerResponse): void {
  if (ctx.faults.listHttpStatus) {
    sendSpringError(res, ctx.faults.listHttpStatus, path);
    return;
  }
  const ids = parseJsonObject(body)["ids"];
  if (ids === undefined || ids === null) {
    sendJson(res, 200, []);
    return;
  }
  if (!Array.isArray(ids)) throw new BadRequest("ids must be an array");
  // Some clients send numeric ids.
  const tasks = ids
    .filter((id: unknown) => typeof id === "string" || typeof id === "number")
    .map((id: string | number) => ctx.engine.tasks.get(String(id)))
    .filter((task): task is SimTask => task !== undefined);
  sendJson(res, 200, tasks);
}

export function queue(ctx: SimContext, res: ServerResponse): void {
  const tasks = [...ctx.engine.tasks.values()]
    .filter((task) => !isFinished(task))
    .sort((a, b) => (a.submitTime ?? 0) - (b.submitTime ?? 0));
  sendJson(res, 200, tasks);
}

export function list(ctx: SimContext, res: ServerResponse): void {
  const tasks = [...ctx.engine.tasks.values()].sort((a, b) => (b.submitTime ?? 0) - (a.submitTime ?? 0));
  sendJson(res, 200, tasks);
}

export function imageSeed(ctx: SimContext, id: string, res: ServerResponse): void {
  const task = ctx.engine.tasks.get(id);
  if (!task) {
    sendJson(res, 404, { code: 3, description: "任务不存在" });
    return;
  }
  const seed = task.status === "SUCCESS" ? ctx.engine.seedOf(id) : null;
  if (!seed) {
    sendJson(res, 400, { code: 4, description: "任务未完成" });
    return;
  }
  sendJson(res, 200, { code: 1, description: "成功", result: seed });
}
