export type TaskAction =
  | "IMAGINE"
  | "UPSCALE"
  | "VARIATION"
  | "REROLL"
  | "DESCRIBE"
  | "BLEND"
  | "ZOOM"
  | "PAN"
  | "SHORTEN";

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
];

export type TaskStatus = "NOT_START" | "SUBMITTED" | "MODAL" | "IN_PROGRESS" | "FAILURE" | "SUCCESS";

export type BotType = "MID_JOURNEY" | "NIJI_JOURNEY";

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

export interface RequestRecord {
  method: string;
  path: string;
  at: number;
}
