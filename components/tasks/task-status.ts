import { isTerminalStatus, TASK_STATUS } from "@/lib/tasks/status";
import type { BadgeTone } from "../ui/badge";

/** MODAL waits for the user's input, so like the final statuses there is nothing to poll for. */
export function isActive(status: string): boolean {
  return !isTerminalStatus(status) && status !== TASK_STATUS.modal;
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
export function liveImageUrl(task: { imageUrl: string | null; status: string; progress: number }): string {
  const url = task.imageUrl ?? "";
  if (!url || !isActive(task.status)) return url;
  return `${url}${url.includes("?") ? "&" : "?"}p=${task.progress}`;
}
