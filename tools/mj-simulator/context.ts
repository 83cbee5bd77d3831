import type { AttachmentStore } from "./attachments.js";
import { optString } from "./http-io.js";
import type { TaskEngine, TaskInit } from "./task-engine.js";
import type { RequestRecord, SimFaults, SpeedMode, SubmitEnvelope } from "./types.js";

export interface SimContext {
  engine: TaskEngine;
  attachments: AttachmentStore;
  faults: SimFaults;
  requests: RequestRecord[];
  secret: string | undefined;
}

export interface SubmitRequest {
  body: Record<string, unknown>;
  /** From a `/mj-fast`, `/mj-relax` or `/mj-turbo` path prefix. */
  pathMode: SpeedMode | null;
}

export type SubmitHandler = (ctx: SimContext, req: SubmitRequest) => SubmitEnvelope;

/** The fields every submit body may carry. */
export function commonFields(body: Record<string, unknown>): Pick<TaskInit, "state" | "notifyHook"> {
  return { state: optString(body, "state") ?? null, notifyHook: optString(body, "notifyHook") };
}
