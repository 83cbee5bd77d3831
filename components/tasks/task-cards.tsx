import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { LocalTime } from "../local-time";
import { ProgressBar } from "../ui/progress-bar";
import { actionName, TaskCost, taskHref, TaskThumb } from "./task-bits";
import { TaskStatusBadge } from "./task-status-badge";
import { isActive, progressTone } from "./task-status";

/** The task list on phones: one card per task instead of a table that would scroll sideways. */
export function TaskCards({ tasks, admin, t }: { tasks: TaskView[]; admin: boolean; t: Messages }) {
  if (!tasks.length) {
    return (
      <p className="rounded-xl border border-neutral-200 bg-surface p-6 text-sm text-neutral-500">
        {t.tasks.empty}{" "}
        {admin ? null : <Link href="/create" className="font-medium text-indigo-700 hover:underline">{t.tasks.startHere}</Link>}
      </p>
    );
  }
  return (
    <ul className="space-y-3">
      {tasks.map((task) => (
        <li key={task.id} className="flex gap-3 rounded-xl border border-neutral-200 bg-surface p-3 shadow-sm">
          <TaskThumb task={task} t={t} size="size-20" />
          <div className="min-w-0 flex-1 space-y-1.5">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={taskHref(task, admin)} className="font-mono text-xs text-indigo-700 hover:underline">{task.mjId}</Link>
              <TaskStatusBadge status={task.status} failReason={task.failReason} />
            </div>
            <p className="line-clamp-2 break-words text-sm text-neutral-900">{task.prompt || actionName(t, task.action)}</p>
            {isActive(task.status) ? <ProgressBar value={task.progress} tone={progressTone(task.status)} label={fill(t.tasks.progressOf, { id: task.mjId })} /> : null}
            <div className="flex flex-wrap items-end justify-between gap-x-3 gap-y-1 text-xs text-neutral-500">
              <span>
                {actionName(t, task.action)}
                {admin ? ` · ${task.username}` : ""}
                {task.submitTime ? <> · <LocalTime ms={task.submitTime} /></> : null}
              </span>
              <span className="text-neutral-700"><TaskCost task={task} t={t} /></span>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
