"use client";
import type { ReactNode } from "react";
import useSWR from "swr";
import type { RelayTask } from "@/lib/tasks/task-view";
import { useI18n } from "@/lib/i18n/client";
import { fill, formatQuota } from "@/lib/i18n/format";
import { fetchData } from "../api-client";
import { LocalTime } from "../local-time";
import { ProgressBar } from "../ui/progress-bar";
import { ModalForm } from "./modal-form";
import { TaskButtons, type TaskButton } from "./task-buttons";
import { TaskStatusBadge } from "./task-status-badge";
import { isActive, liveImageUrl, progressTone, progressValue } from "./task-status";

interface Props {
  initial: RelayTask;
  cost: number;
  /** Part of the cache key, so a fresh server render is never hidden behind older polled data. */
  renderedAt: number;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-3 py-2.5">
      <dt className="text-sm text-neutral-500">{label}</dt>
      <dd className="col-span-2 break-words text-sm text-neutral-900">{children}</dd>
    </div>
  );
}

/** One task, re-read every 2 s until it settles. */
export function TaskDetail({ initial, cost, renderedAt }: Props) {
  const { t } = useI18n();
  const { data: task = initial } = useSWR([`/api/portal/task/${encodeURIComponent(initial.id)}`, renderedAt], ([url]) => fetchData<RelayTask>(url), {
    fallbackData: initial,
    revalidateOnMount: false,
    revalidateOnFocus: false,
    refreshInterval: (latest) => (isActive((latest ?? initial).status) ? 2000 : 0),
  });
  const image = task.imageUrl ? liveImageUrl(task.imageUrl, task.status, task.progress) : "";
  const buttons = (task.buttons as TaskButton[]).filter((button) => button?.customId);
  const finalPrompt = typeof task.properties.finalPrompt === "string" ? task.properties.finalPrompt : "";

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        {task.status === "MODAL" ? <ModalForm taskId={task.id} prompt={task.prompt} /> : null}
        <div className="overflow-hidden rounded-xl border border-neutral-200 bg-surface shadow-sm">
          {image ? (
            // eslint-disable-next-line @next/next/no-img-element -- upstream images of any host and size
            <img src={image} alt={fill(t.task.resultAlt, { id: task.id })} className="block h-auto max-h-[75vh] w-full bg-neutral-100 object-contain" />
          ) : (
            <div className={`grid place-items-center bg-neutral-50 p-8 text-center text-sm text-neutral-500 ${isActive(task.status) ? "aspect-square" : "py-16"}`}>
              {isActive(task.status) ? t.task.waiting : t.task.noImage}
            </div>
          )}
        </div>
        {task.status === "SUCCESS" && buttons.length ? <TaskButtons taskId={task.id} buttons={buttons} /> : null}
      </div>

      <div className="h-fit space-y-4 rounded-xl border border-neutral-200 bg-surface p-5 shadow-sm">
        <dl className="divide-y divide-neutral-100">
          <Row label={t.task.status}><TaskStatusBadge status={task.status} /></Row>
          <Row label={t.task.progress}>
            <ProgressBar value={progressValue(task.status, task.progress)} tone={progressTone(task.status)} label={t.task.progress} />
          </Row>
          <Row label={t.task.action}>{task.action}</Row>
          {task.prompt ? <Row label={t.task.prompt}><span className="whitespace-pre-wrap">{task.prompt}</span></Row> : null}
          {task.promptEn && task.promptEn !== task.prompt && task.action !== "DESCRIBE" ? <Row label={t.task.promptEn}>{task.promptEn}</Row> : null}
          {task.description ? <Row label={t.task.description}>{task.description}</Row> : null}
          {task.submitTime ? <Row label={t.task.submitted}><LocalTime ms={task.submitTime} /></Row> : null}
          {task.startTime ? <Row label={t.task.started}><LocalTime ms={task.startTime} /></Row> : null}
          {task.finishTime ? <Row label={t.task.finished}><LocalTime ms={task.finishTime} /></Row> : null}
          <Row label={t.task.cost}><span className="tabular-nums">{formatQuota(cost)}</span></Row>
        </dl>
        {task.failReason ? (
          <div className="rounded-lg bg-red-50 p-3 ring-1 ring-inset ring-red-200">
            <h2 className="text-sm font-semibold text-red-800">{t.task.failReason}</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm text-red-700">{task.failReason}</p>
          </div>
        ) : null}
        {task.action === "DESCRIBE" && finalPrompt ? (
          <div className="rounded-lg bg-neutral-50 p-3 ring-1 ring-inset ring-neutral-200">
            <h2 className="text-sm font-semibold text-neutral-900">{t.task.finalPrompt}</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm text-neutral-700">{finalPrompt}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
