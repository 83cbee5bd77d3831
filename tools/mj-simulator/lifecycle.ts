import { randomInt, randomUUID } from "node:crypto";
import { buttonsFor } from "./buttons.js";
import { outcomeOf } from "./prompt-rules.js";
import type { TaskMeta } from "./task-engine.js";
import { describeText, SHORTEN_COUNT, shortenText, shortenZhText } from "./text-fixtures.js";
import type { SimTask, TaskAction } from "./types.js";

export type Step =
  | { kind: "submitted" }
  | { kind: "progress"; pct: number; first: boolean }
  | { kind: "success" }
  | { kind: "failure"; reason: string };

export const SIM_FAIL_REASON = "[Invalid parameter] Invalid value";

const DISCORD_EPOCH = 1420070400000n;

export function snowflake(): string {
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + BigInt(randomInt(0, 4194304)));
}

const NO_IMAGE_ACTIONS: ReadonlySet<TaskAction> = new Set(["DESCRIBE", "SHORTEN"]);

/** SUBMITTED, then `steps - 1` progress updates, then SUCCESS (or the sim:fail / sim:stuck variants). */
export function planSteps(prompt: string | null, stepCount: number): Step[] {
  const steps = Math.max(1, Math.floor(stepCount));
  const progress: Step[] = [];
  for (let k = 1; k < steps; k++) progress.push({ kind: "progress", pct: Math.round((k * 100) / steps), first: k === 1 });
  // fail and stuck need at least one progress step to stop at
  const firstProgress = progress[0] ?? { kind: "progress", pct: 50, first: true };
  const outcome = outcomeOf(prompt);
  if (outcome === "fail") return [{ kind: "submitted" }, firstProgress, { kind: "failure", reason: SIM_FAIL_REASON }];
  if (outcome === "stuck") return [{ kind: "submitted" }, firstProgress];
  return [{ kind: "submitted" }, ...progress, { kind: "success" }];
}

/** Where a task's media will be served. */
export interface MediaUrls {
  image(pct?: number): string;
  video(index: number): string;
}

export const VIDEO_ACTIONS: ReadonlySet<TaskAction> = new Set(["VIDEO", "VIDEO_EXTEND"]);

export function applyStep(task: SimTask, step: Step, meta: TaskMeta, urls: MediaUrls): void {
  const hasImage = !NO_IMAGE_ACTIONS.has(task.action);
  switch (step.kind) {
    case "submitted":
      task.status = "SUBMITTED";
      task.progress = "0%";
      task.startTime = Date.now();
      return;
    case "progress":
      task.status = "IN_PROGRESS";
      task.progress = `${step.pct}%`;
      if (step.first) {
        if (hasImage && task.properties["finalPrompt"] === undefined) {
          task.properties["finalPrompt"] = meta.pendingFinalPrompt ?? task.promptEn ?? "";
        }
        task.properties["progressMessageId"] = snowflake();
      }
      if (hasImage) task.imageUrl = urls.image(step.pct);
      return;
    case "failure":
      task.status = "FAILURE";
      task.progress = "";
      task.failReason = step.reason;
      task.finishTime = Date.now();
      return;
    case "success":
      succeed(task, meta, urls, hasImage);
      return;
  }
}

function succeed(task: SimTask, meta: TaskMeta, urls: MediaUrls, hasImage: boolean): void {
  const hash = randomUUID();
  meta.hash = hash;
  task.status = "SUCCESS";
  task.progress = "100%";
  task.finishTime = Date.now();
  // For a video, imageUrl is its preview frame.
  if (hasImage) task.imageUrl = urls.image();
  if (VIDEO_ACTIONS.has(task.action)) {
    task.videoUrls = Array.from({ length: meta.videoCount ?? 1 }, (_, i) => ({ url: urls.video(i) }));
    task.videoUrl = task.videoUrls[0]?.url ?? null;
  }
  if (task.action === "DESCRIBE") {
    const text = describeText(task.id);
    task.prompt = text;
    task.promptEn = text;
    task.properties["finalPrompt"] = text;
  }
  if (task.action === "SHORTEN") {
    task.properties["finalPrompt"] = shortenText(task.prompt ?? "");
    task.properties["finalZhPrompt"] = shortenZhText(task.prompt ?? "");
  }
  task.properties["messageId"] = snowflake();
  task.properties["messageHash"] = hash;
  task.properties["flags"] = 0;
  task.buttons = buttonsFor(task.action, hash, SHORTEN_COUNT);
}
