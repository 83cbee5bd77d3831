"use client";
import Link from "next/link";
import type { apiTaskItem } from "@/lib/tasks/task-view";
import { useI18n } from "@/lib/i18n/client";
import { fill, formatQuota } from "@/lib/i18n/format";
import { LocalTime } from "../local-time";
import { EmptyRow, Table, Td, Th } from "../ui/table";
import { ProgressBar } from "../ui/progress-bar";
import { TaskStatusBadge } from "./task-status-badge";
import { liveImageUrl, progressTone, progressValue } from "./task-status";

export type TaskItem = ReturnType<typeof apiTaskItem>;

export function TaskTable({ tasks, admin, viewerId }: { tasks: TaskItem[]; admin: boolean; viewerId: number }) {
  const { t } = useI18n();
  const columns = admin ? 11 : 9;
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t.tasks.taskId}</Th>
          <Th>{t.tasks.submitted}</Th>
          {admin ? <Th>{t.tasks.user}</Th> : null}
          {admin ? <Th>{t.tasks.channel}</Th> : null}
          <Th>{t.tasks.action}</Th>
          <Th>{t.tasks.prompt}</Th>
          <Th>{t.tasks.status}</Th>
          <Th>{t.tasks.progress}</Th>
          <Th>{t.tasks.image}</Th>
          <Th className="text-right">{t.tasks.cost}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {tasks.length === 0 ? (
          <EmptyRow colSpan={columns}>
            {t.tasks.empty}{" "}
            {admin ? null : <Link href="/create" className="font-medium text-indigo-600 hover:underline">{t.tasks.startHere}</Link>}
          </EmptyRow>
        ) : null}
        {tasks.map((task) => {
          // The task page shows only the viewer's own tasks.
          const href = task.user_id === undefined || task.user_id === viewerId ? `/tasks/${encodeURIComponent(task.mj_id)}` : null;
          const image = liveImageUrl(task.image_url, task.status, task.progress);
          return (
            <tr key={task.id} className="hover:bg-neutral-50/60">
              <Td className="font-mono text-xs">
                {href ? <Link href={href} className="text-indigo-600 hover:underline">{task.mj_id}</Link> : task.mj_id}
              </Td>
              <Td>{task.submit_time ? <LocalTime ms={task.submit_time} /> : "—"}</Td>
              {admin ? <Td className="tabular-nums">{task.user_id}</Td> : null}
              {admin ? <Td className="tabular-nums">{task.channel_id || "—"}</Td> : null}
              <Td className="text-xs font-medium uppercase text-neutral-600">{task.action}</Td>
              <Td className="max-w-xs">
                <p className="line-clamp-2 break-words" title={task.prompt}>{task.prompt || "—"}</p>
              </Td>
              <Td><TaskStatusBadge status={task.status} failReason={task.fail_reason} /></Td>
              <Td className="w-40">
                <ProgressBar value={progressValue(task.status, task.progress)} tone={progressTone(task.status)} label={fill(t.tasks.progressOf, { id: task.mj_id })} />
              </Td>
              <Td>
                {image ? (
                  <a href={href ?? image} target={href ? undefined : "_blank"} rel="noreferrer" className="block size-12">
                    {/* eslint-disable-next-line @next/next/no-img-element -- upstream images of any host and size */}
                    <img src={image} alt={fill(t.tasks.previewAlt, { id: task.mj_id })} loading="lazy" className="size-12 rounded-md object-cover ring-1 ring-neutral-200" />
                  </a>
                ) : (
                  <span className="block size-12 rounded-md bg-neutral-100" />
                )}
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatQuota(task.quota)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
