import { isTerminalStatus, TASK_STATUS } from "@/lib/tasks/status";
import type { BadgeTone } from "../ui/badge";

/** MODAL waits for the user's input, so like the final statuses there is nothing to poll for. */
export function isActive(status: string): boolean {
  return !isTerminalStatus(status) && status !== TASK_STATUS.modal;
}

/** "37%" → 37; a finished task is 100 whatever the upstream last reported. */
export function progressValue(status: string, progress: string): number {
  if (status === "SUCCESS") return 100;
  const value = Number.parseInt(progress, 10);
  return Number.isFinite(value) ? value : 0;
}

export function statusTone(status: string): BadgeTone {
  if (status === "SUCCESS") return "success";
  if (status === "FAILURE") return "danger";
  if (status === "MODAL") return "warning";
  if (status === "IN_PROGRESS" || status === "SUBMITTED") return "accent";
  return "neutral";
}

export function progressTone(status: string): "accent" | "success" | "danger" {
  if (status === "SUCCESS") return "success";
  return status === "FAILURE" || status === "CANCEL" ? "danger" : "accent";
}

/** While a task draws, its image link serves the latest preview: the progress in the URL defeats the browser cache. */
export function liveImageUrl(url: string, status: string, progress: string): string {
  if (!url || !isActive(status)) return url;
  return `${url}${url.includes("?") ? "&" : "?"}p=${encodeURIComponent(progress)}`;
}
