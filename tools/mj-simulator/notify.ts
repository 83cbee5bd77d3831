import type { NotificationRecord, SimTask } from "./types.js";

export interface NotifierOptions {
  enabled: boolean;
  timeoutMs: number;
  log: (line: string) => void;
}

/**
 * midjourney-proxy's ordering guard (trueai variant): a change ranked at or below the last one sent
 * for the task is dropped, so a hook never sees a task go backwards.
 */
function rank(task: SimTask): number {
  switch (task.status) {
    case "SUBMITTED":
      return 1;
    case "IN_PROGRESS":
      return 3 + (Number.parseInt(task.progress ?? "", 10) || 0) / 100;
    case "FAILURE":
      return 4;
    case "SUCCESS":
      return 5;
    default:
      return 0;
  }
}

/** undici's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = cause ? String(cause.code ?? cause.message ?? "") : "";
  return `${error.name}: ${error.message}${detail ? ` (${detail})` : ""}`;
}

const isTerminal = (task: SimTask): boolean => task.status === "SUCCESS" || task.status === "FAILURE";

/**
 * POSTs the task JSON to its notifyHook on every change, like midjourney-proxy: no retries, failures
 * only logged. Deliveries of one task are chained, so they arrive in order even when a hook is slow.
 */
export class Notifier {
  readonly sent: NotificationRecord[] = [];
  enabled: boolean;
  private readonly lastRank = new Map<string, number>();
  private readonly chains = new Map<string, Promise<void>>();
  /** Aborted by reset() and close(), so nothing queued before them is sent after. */
  private generation = new AbortController();

  constructor(private readonly options: NotifierOptions) {
    this.enabled = options.enabled;
  }

  taskChanged(task: SimTask): void {
    const url = task.properties["notifyHook"];
    if (!this.enabled || typeof url !== "string" || !url.trim()) return;
    const current = rank(task);
    if (current <= (this.lastRank.get(task.id) ?? -1)) return;
    if (isTerminal(task)) this.lastRank.delete(task.id);
    else this.lastRank.set(task.id, current);

    // Serialised now: the body is the task as it is at this change, not when the POST goes out.
    const body = JSON.stringify(task);
    const signal = this.generation.signal;
    const previous = this.chains.get(task.id) ?? Promise.resolve();
    const next = previous.then(() => this.post(url, task.id, body, signal));
    this.chains.set(task.id, next);
    void next.then(() => {
      if (this.chains.get(task.id) === next) this.chains.delete(task.id);
    });
  }

  reset(): void {
    this.generation.abort();
    this.generation = new AbortController();
    this.sent.length = 0;
    this.lastRank.clear();
    this.chains.clear();
  }

  async close(): Promise<void> {
    const pending = [...this.chains.values()];
    this.reset();
    await Promise.allSettled(pending);
  }

  private async post(url: string, taskId: string, body: string, generation: AbortSignal): Promise<void> {
    if (generation.aborted) return;
    const record: NotificationRecord = {
      taskId,
      url,
      task: JSON.parse(body) as SimTask,
      at: Date.now(),
      outcome: "pending",
      httpStatus: null,
      error: null,
    };
    this.sent.push(record);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: AbortSignal.any([generation, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await res.arrayBuffer().catch(() => undefined);
      record.httpStatus = res.status;
      record.outcome = res.ok ? "delivered" : "failed";
      if (!res.ok) this.options.log(`mj-simulator: notifyHook ${url} answered HTTP ${res.status} for task ${taskId}`);
    } catch (error) {
      record.outcome = "failed";
      record.error = describeError(error);
      if (!generation.aborted) this.options.log(`mj-simulator: notifyHook ${url} failed for task ${taskId}: ${record.error}`);
    }
  }
}
