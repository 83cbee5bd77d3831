import { randomInt } from "node:crypto";
import type { ModalKind } from "./buttons.js";
import { DISCORD_INSTANCE_ID } from "./envelope.js";
import { applyStep, planSteps, snowflake, VIDEO_ACTIONS, type MediaUrls, type Step } from "./lifecycle.js";
import type { BotType, SimTask, SpeedMode, TaskAction } from "./types.js";

export interface EngineConfig {
  stepMs: number;
  steps: number;
  baseUrl: () => string;
  /** Called after every lifecycle step (not on creation), with the task as fetch now returns it. */
  onChange?: (task: SimTask) => void;
}

export interface TaskInit {
  action: TaskAction;
  prompt: string | null;
  promptEn: string | null;
  description: string | null;
  state: string | null;
  notifyHook: string | undefined;
  botType: BotType;
  mode: SpeedMode;
  status?: "NOT_START" | "MODAL";
  imageUrl?: string | null;
  finalPrompt?: string;
}

export interface TaskMeta {
  modal?: ModalKind;
  customId?: string;
  hash?: string;
  /** Recorded as properties.finalPrompt when the task reaches IN_PROGRESS (blend's Discord message text). */
  pendingFinalPrompt?: string;
  /** Videos a VIDEO/VIDEO_EXTEND task delivers (its batch size). */
  videoCount?: number;
}

export class TaskEngine {
  readonly tasks = new Map<string, SimTask>();
  private readonly meta = new Map<string, TaskMeta>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly issued = new Set<string>();

  constructor(private readonly config: EngineConfig) {}

  newId(): string {
    for (;;) {
      const id = `${Date.now()}${String(randomInt(0, 1000)).padStart(3, "0")}`;
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }

  create(init: TaskInit): SimTask {
    const properties: Record<string, unknown> = { discordInstanceId: DISCORD_INSTANCE_ID };
    if (init.notifyHook?.trim()) properties["notifyHook"] = init.notifyHook;
    properties["nonce"] = snowflake();
    if (init.finalPrompt !== undefined) properties["finalPrompt"] = init.finalPrompt;
    const task: SimTask = {
      id: this.newId(),
      action: init.action,
      status: init.status ?? "NOT_START",
      prompt: init.prompt,
      promptEn: init.promptEn,
      description: init.description,
      state: init.state,
      submitTime: Date.now(),
      startTime: null,
      finishTime: null,
      imageUrl: init.imageUrl ?? null,
      progress: null,
      failReason: null,
      properties,
      buttons: [],
      botType: init.botType,
      mode: init.mode,
      ...(VIDEO_ACTIONS.has(init.action) ? { videoUrl: null, videoUrls: null } : {}),
    };
    this.tasks.set(task.id, task);
    this.meta.set(task.id, {});
    return task;
  }

  metaOf(id: string): TaskMeta {
    let meta = this.meta.get(id);
    if (!meta) {
      meta = {};
      this.meta.set(id, meta);
    }
    return meta;
  }

  imageUrl(id: string, pct?: number): string {
    const suffix = pct === undefined ? "" : `-${pct}`;
    return `${this.config.baseUrl()}/sim/images/${id}${suffix}.png`;
  }

  /** The first video of a batch is `<id>.mp4`, the others `<id>-<index>.mp4`. */
  videoUrl(id: string, index: number): string {
    return `${this.config.baseUrl()}/sim/videos/${id}${index ? `-${index}` : ""}.mp4`;
  }

  /** Numeric seed derived from the message hash; null until the task has one. */
  seedOf(id: string): string | null {
    const hash = this.meta.get(id)?.hash;
    return hash ? String(parseInt(hash.replace(/-/g, "").slice(0, 8), 16)) : null;
  }

  /** Starts the lifecycle; a queued task waits one extra step in NOT_START. */
  run(id: string, queued = false): void {
    const task = this.tasks.get(id);
    if (!task) return;
    task.status = "NOT_START";
    this.schedule(id, planSteps(task.prompt, this.config.steps), queued ? this.config.stepMs : 0);
  }

  forget(id: string): void {
    this.stop(id);
    this.tasks.delete(id);
    this.meta.delete(id);
  }

  reset(): void {
    this.stopAll();
    this.tasks.clear();
    this.meta.clear();
  }

  stopAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private stop(id: string): void {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
  }

  private schedule(id: string, steps: Step[], delay: number): void {
    const [step, ...rest] = steps;
    if (!step) {
      this.timers.delete(id);
      return;
    }
    const timer = setTimeout(() => {
      const task = this.tasks.get(id);
      if (!task) return;
      const urls: MediaUrls = { image: (pct) => this.imageUrl(id, pct), video: (index) => this.videoUrl(id, index) };
      applyStep(task, step, this.metaOf(id), urls);
      this.schedule(id, rest, this.config.stepMs);
      this.config.onChange?.(task);
    }, delay);
    timer.unref();
    this.timers.set(id, timer);
  }
}
