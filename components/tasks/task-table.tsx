import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { fill, formatDuration } from "@/lib/i18n/format";
import type { TaskView } from "@/lib/tasks/task-view-model";
import { LocalTime } from "../local-time";
import { ProgressBar } from "../ui/progress-bar";
import { EmptyRow, Table, Td, Th } from "../ui/table";
import { actionName, codeName, TaskCost, taskHref, TaskThumb } from "./task-bits";
import type { TaskColumn } from "./task-columns";
import { taskColumnLabel } from "./task-column-label";
import { TaskStatusBadge } from "./task-status-badge";
import { progressTone } from "./task-status";

interface Props {
  tasks: TaskView[];
  columns: TaskColumn[];
  admin: boolean;
  t: Messages;
}

function cell(task: TaskView, column: TaskColumn, t: Messages, admin: boolean) {
  switch (column) {
    case "submitted": return <Td key={column}>{task.submitTime ? <LocalTime ms={task.submitTime} /> : "—"}</Td>;
    case "user": return <Td key={column} className="whitespace-nowrap">{task.username}</Td>;
    case "channel": return <Td key={column} className="whitespace-nowrap">{task.channelName || "—"}</Td>;
    case "action": return <Td key={column} className="whitespace-nowrap text-xs font-medium text-neutral-700">{actionName(t, task.action)}</Td>;
    case "prompt": return <Td key={column} className="max-w-xs"><p className="line-clamp-2 break-words" title={task.prompt}>{task.prompt || "—"}</p></Td>;
    case "promptEn": return <Td key={column} className="max-w-xs"><p className="line-clamp-2 break-words text-xs">{task.promptEn || "—"}</p></Td>;
    case "status": return <Td key={column}><TaskStatusBadge status={task.status} failReason={task.failReason} /></Td>;
    case "progress": return <Td key={column} className="w-40"><ProgressBar value={task.progress} tone={progressTone(task.status)} label={fill(t.tasks.progressOf, { id: task.mjId })} /></Td>;
    case "image": return <Td key={column}><Link href={taskHref(task, admin)} tabIndex={-1} aria-hidden><TaskThumb task={task} t={t} /></Link></Td>;
    case "duration": return <Td key={column} className="whitespace-nowrap tabular-nums">{task.durationMs === null ? "—" : formatDuration(task.durationMs)}</Td>;
    case "code": return <Td key={column} className="whitespace-nowrap text-xs">{codeName(t, task.code)}</Td>;
    case "failReason": return <Td key={column} className="max-w-xs"><p className="line-clamp-3 break-words text-xs text-red-700">{task.failReason || "—"}</p></Td>;
    case "cost": return <Td key={column} className="text-right">{<TaskCost task={task} t={t} />}</Td>;
  }
}

/** The task list off phones: the chosen columns, the id linking to the task. */
export function TaskTable({ tasks, columns, admin, t }: Props) {
  return (
    <Table label={admin ? t.tasks.allTitle : t.tasks.title}>
      <thead>
        <tr>
          <Th>{t.tasks.taskId}</Th>
          {columns.map((column) => <Th key={column} className={column === "cost" ? "text-right" : undefined}>{taskColumnLabel(t, column)}</Th>)}
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {tasks.length === 0 ? (
          <EmptyRow colSpan={columns.length + 1}>
            {t.tasks.empty}{" "}
            {admin ? null : <Link href="/create" className="font-medium text-indigo-700 hover:underline">{t.tasks.startHere}</Link>}
          </EmptyRow>
        ) : null}
        {tasks.map((task) => (
          <tr key={task.id} className="hover:bg-neutral-50">
            <Td className="font-mono text-xs"><Link href={taskHref(task, admin)} className="text-indigo-700 hover:underline">{task.mjId}</Link></Td>
            {columns.map((column) => cell(task, column, t, admin))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
