export type TaskAction =
  | "IMAGINE"
  | "UPSCALE"
  | "VARIATION"
  | "REROLL"
  | "DESCRIBE"
  | "BLEND"
  | "ZOOM"
  | "PAN"
  | "SHORTEN"
  | "UPSCALE_HD"
  | "VIDEO"
  | "VIDEO_EXTEND"
  | "EDIT"
  | "SWAP_FACE";

export const TASK_ACTIONS: readonly TaskAction[] = [
  "IMAGINE",
  "UPSCALE",
  "VARIATION",
  "REROLL",
  "DESCRIBE",
  "BLEND",
  "ZOOM",
  "PAN",
  "SHORTEN",
  "UPSCALE_HD",
  "VIDEO",
  "VIDEO_EXTEND",
  "EDIT",
  "SWAP_FACE",
];

export type TaskStatus = "NOT_START" | "SUBMITTED" | "MODAL" | "IN_PROGRESS" | "FAILURE" | "SUCCESS";

/** INSIGHT_FACE is what trueai records on face swaps; submits only accept the other two. */
export type BotType = "MID_JOURNEY" | "NIJI_JOURNEY" | "INSIGHT_FACE";

export type SpeedMode = "FAST" | "RELAX" | "TURBO";

export interface SimButton {
  customId: string;
  emoji: string;
  label: string;
  type: number;
  style: number;
}

/** The task exactly as `/mj/task/{id}/fetch` serialises it. */
export interface SimTask {
  id: string;
  action: TaskAction;
  status: TaskStatus;
  prompt: string | null;
  promptEn: string | null;
  description: string | null;
  state: string | null;
  submitTime: number | null;
  startTime: number | null;
  finishTime: number | null;
  imageUrl: string | null;
  progress: string | null;
  failReason: string | null;
  properties: Record<string, unknown>;
  buttons: SimButton[];
  botType: BotType;
  mode: SpeedMode;
  /** Only on VIDEO and VIDEO_EXTEND tasks: null until SUCCESS, then the first of `videoUrls`. */
  videoUrl?: string | null;
  /** trueai's `List<TaskInfoVideoUrl>`, which new-api reads as `[{url}]`. */
  videoUrls?: { url: string }[] | null;
}

export interface SimFaults {
  submitHttpStatus?: number;
  submitMalformedJson?: boolean;
  submitNoResult?: boolean;
  submitDelayMs?: number;
  submitCode?: number;
  /** How many submits the submit faults apply to; unset means every submit. */
  remaining?: number;
  listHttpStatus?: number;
  resetConnection?: boolean;
}

export interface SubmitEnvelope {
  code: number;
  description: string;
  result: unknown;
  properties: Record<string, unknown>;
}

/** One notifyHook POST, as `sim.notifications` records it. */
export interface NotificationRecord {
  taskId: string;
  url: string;
  /** The task exactly as it was sent (the body is its JSON). */
  task: SimTask;
  at: number;
  outcome: "pending" | "delivered" | "failed";
  /** The receiver's HTTP status, when it answered. */
  httpStatus: number | null;
  error: string | null;
}

export interface RequestRecord {
  method: string;
  path: string;
  at: number;
}
