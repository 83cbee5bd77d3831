import type { Messages } from "@/lib/i18n/en";
import type { TaskColumn } from "./task-columns";

export function taskColumnLabel(t: Messages, column: TaskColumn): string {
  const labels: Record<TaskColumn, string> = {
    submitted: t.tasks.submitted, user: t.tasks.user, channel: t.tasks.channel, action: t.tasks.action, prompt: t.tasks.prompt,
    promptEn: t.tasks.promptEn, status: t.tasks.status, progress: t.tasks.progress, image: t.tasks.image, duration: t.tasks.duration,
    code: t.tasks.code, failReason: t.tasks.failReason, cost: t.tasks.cost,
  };
  return labels[column];
}
