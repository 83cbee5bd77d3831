// Task statuses, as midjourney-proxy names them (plus trueai's CANCEL). The one list every
// layer uses: relay, poller, sweep, portal badges and the simulator's tests.
export const TASK_STATUS = {
  notStart: "NOT_START",
  submitted: "SUBMITTED",
  modal: "MODAL",
  inProgress: "IN_PROGRESS",
  failure: "FAILURE",
  success: "SUCCESS",
  cancel: "CANCEL",
} as const;

export type TaskStatus = (typeof TASK_STATUS)[keyof typeof TASK_STATUS];

export const TASK_STATUSES: readonly TaskStatus[] = Object.values(TASK_STATUS);

/** A task in one of these never changes again. */
export const TERMINAL_STATUSES: readonly TaskStatus[] = [TASK_STATUS.success, TASK_STATUS.failure, TASK_STATUS.cancel];

/** Statuses the poller still asks the upstream about. */
export const UNFINISHED_STATUSES: readonly TaskStatus[] = TASK_STATUSES.filter((status) => !TERMINAL_STATUSES.includes(status));

/** Terminal statuses that give the charge back. */
export const REFUNDED_STATUSES: readonly TaskStatus[] = [TASK_STATUS.failure, TASK_STATUS.cancel];

export function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === "string" && (TASK_STATUSES as readonly string[]).includes(value);
}

export function isTerminalStatus(status: string): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}
