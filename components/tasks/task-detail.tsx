import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/en";
import { fill, formatDuration } from "@/lib/i18n/format";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { AutoRefresh } from "../auto-refresh";
import { LocalTime } from "../local-time";
import { ProgressBar } from "../ui/progress-bar";
import { ModalForm } from "./modal-form";
import { actionName, codeName, TaskCost } from "./task-bits";
import { TaskButtons } from "./task-buttons";
import { TaskStatusBadge } from "./task-status-badge";
import { isActive, liveImageUrl, progressTone } from "./task-status";

interface Props {
  task: TaskView;
  t: Messages;
  /** The owner acts on the task (buttons, modal); an admin inspecting someone else's only looks. */
  actions: boolean;
  /** Extra rows (admin: user, key, channel, upstream id). */
  children?: ReactNode;
  /** A waiting Vary (Region) paints on this when the task has no image of its own (the task it follows). */
  parentImageUrl?: string | null;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-3 py-2.5">
      <dt className="text-sm text-neutral-500">{label}</dt>
      <dd className="col-span-2 break-words text-sm text-neutral-900">{children}</dd>
    </div>
  );
}

export { Row as TaskDetailRow };

/** One task: the image and its buttons beside the facts. The page re-renders every 2 s until it settles. */
export function TaskDetail({ task, t, actions, children, parentImageUrl = null }: Props) {
  const image = liveImageUrl(task);
  const active = isActive(task.status);
  // A waiting region edit shows the image in its mask painter instead.
  const painting = actions && task.status === "MODAL" && task.action === "INPAINT";
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        {actions && task.status === "MODAL" ? <ModalForm task={task} imageUrl={task.imageUrl ?? parentImageUrl} /> : null}
        {painting ? null : <div className="overflow-hidden rounded-xl border border-neutral-200 bg-surface shadow-sm">
          {image ? (
            // eslint-disable-next-line @next/next/no-img-element -- upstream images of any host and size
            <img src={image} alt={fill(t.task.resultAlt, { id: task.mjId })} className="block h-auto max-h-[75vh] w-full bg-neutral-100 object-contain" />
          ) : (
            <div className={`grid place-items-center bg-neutral-50 p-8 text-center text-sm text-neutral-500 ${active ? "aspect-square" : "py-16"}`}>
              {active ? t.task.waiting : t.task.noImage}
            </div>
          )}
        </div>}
        {actions && task.status === "SUCCESS" && task.buttons.length ? <TaskButtons task={task} /> : null}
      </div>

      <div className="h-fit space-y-4 rounded-xl border border-neutral-200 bg-surface p-5 shadow-sm">
        {active ? <div className="flex justify-end"><AutoRefresh intervalMs={2000} /></div> : null}
        <dl className="divide-y divide-neutral-100">
          <Row label={t.task.status}><TaskStatusBadge status={task.status} /></Row>
          <Row label={t.task.progress}>
            <ProgressBar value={task.progress} tone={progressTone(task.status)} label={t.task.progress} />
          </Row>
          <Row label={t.task.action}>{actionName(t, task.action)}</Row>
          {task.prompt ? <Row label={t.task.prompt}><span className="whitespace-pre-wrap">{task.prompt}</span></Row> : null}
          {task.promptEn && task.promptEn !== task.prompt && task.action !== "DESCRIBE" ? <Row label={t.task.promptEn}>{task.promptEn}</Row> : null}
          {task.description ? <Row label={t.task.description}>{task.description}</Row> : null}
          <Row label={t.tasks.code}>{codeName(t, task.code)}</Row>
          {task.submitTime ? <Row label={t.task.submitted}><LocalTime ms={task.submitTime} /></Row> : null}
          {task.startTime ? <Row label={t.task.started}><LocalTime ms={task.startTime} /></Row> : null}
          {task.finishTime ? <Row label={t.task.finished}><LocalTime ms={task.finishTime} /></Row> : null}
          {task.durationMs !== null ? <Row label={t.tasks.duration}>{formatDuration(task.durationMs)}</Row> : null}
          <Row label={t.task.cost}><TaskCost task={task} t={t} /></Row>
          {children}
        </dl>
        {task.failReason ? (
          <div className="rounded-lg bg-red-50 p-3 ring-1 ring-inset ring-red-200">
            <h2 className="text-sm font-semibold text-red-800">{t.task.failReason}</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm text-red-700">{task.failReason}</p>
          </div>
        ) : null}
        {task.action === "DESCRIBE" && task.finalPrompt ? (
          <div className="rounded-lg bg-neutral-50 p-3 ring-1 ring-inset ring-neutral-200">
            <h2 className="text-sm font-semibold text-neutral-900">{t.task.finalPrompt}</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm text-neutral-700">{task.finalPrompt}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
