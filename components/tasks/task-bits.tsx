// Small pieces every task view shares: where a task opens, its cost with the refund marker,
// its submit result, its localized action.
import type { Messages } from "@/lib/i18n/en";
import { fill, formatQuota } from "@/lib/i18n/format";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { Badge } from "../ui/badge";
import { liveImageUrl } from "./task-status";

/** Admins open any task in the inspection page; users their own task page. */
export function taskHref(task: Pick<TaskView, "mjId">, admin: boolean): string {
  return `${admin ? "/admin/tasks" : "/tasks"}/${encodeURIComponent(task.mjId)}`;
}

export function actionName(t: Messages, action: string): string {
  return t.actions[action] ?? action;
}

/** A price model ("mj_upscale", "swap_face") as the localized name of its action. */
export function modelActionName(t: Messages, model: string): string {
  return actionName(t, model === "swap_face" ? "SWAP_FACE" : model.replace(/^mj_/, "").toUpperCase());
}

export function codeName(t: Messages, code: number): string {
  return t.tasks.codeNames[code] ?? fill(t.tasks.codeOther, { code });
}

/** The net cost; a refunded task shows the marker and what had been charged. */
export function TaskCost({ task, t }: { task: Pick<TaskView, "quota" | "netQuota" | "refunded">; t: Messages }) {
  if (!task.refunded) return <span className="whitespace-nowrap tabular-nums">{formatQuota(task.netQuota)}</span>;
  return (
    <span className="inline-flex flex-col items-end gap-0.5">
      <span className="whitespace-nowrap tabular-nums">{formatQuota(task.netQuota)}</span>
      <span className="flex flex-wrap items-center justify-end gap-1.5 text-xs text-neutral-500">
        <Badge tone="success">{t.tasks.refunded}</Badge>
        <span className="tabular-nums">{fill(t.tasks.refundedNote, { cost: formatQuota(task.quota) })}</span>
      </span>
    </span>
  );
}

/** A thumbnail, or an empty square while there is no image. */
export function TaskThumb({ task, t, size = "size-12" }: { task: Pick<TaskView, "mjId" | "imageUrl" | "status" | "progress">; t: Messages; size?: string }) {
  if (!task.imageUrl) return <span aria-hidden className={`block ${size} shrink-0 rounded-md bg-neutral-100`} />;
  // eslint-disable-next-line @next/next/no-img-element -- upstream images of any host and size
  return <img src={liveImageUrl(task)} alt={fill(t.tasks.previewAlt, { id: task.mjId })} loading="lazy" className={`${size} shrink-0 rounded-md bg-neutral-100 object-cover ring-1 ring-neutral-200`} />;
}
