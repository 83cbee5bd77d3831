import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { logOutput } from "@/lib/billing/list-logs";
import type { inspectTask } from "@/lib/tasks/task-inspection";
import { DeliveryTable } from "../hooks/delivery-table";
import type { Delivery } from "../hooks/delivery-types";
import { Card } from "../ui/card";
import { LogTable } from "../usage/log-table";
import { TaskDetail, TaskDetailRow as Row } from "./task-detail";

type Inspection = NonNullable<Awaited<ReturnType<typeof inspectTask>>>;

/** An admin's view of any task: who, through which key and channel, what it cost, what was sent. */
export function TaskInspection({ inspection, viewerId, t }: { inspection: Inspection; viewerId: number; t: Messages }) {
  const { task, tokenName, logs, deliveries } = inspection;
  const channelNames = task.channelId ? { [task.channelId]: task.channelName } : {};
  return (
    <div className="space-y-6">
      <TaskDetail task={task} t={t} actions={task.userId === viewerId}>
        <Row label={t.task.owner}><Link href={`/admin/users/${task.userId}`} className="text-indigo-700 hover:underline">{task.username}</Link></Row>
        <Row label={t.task.key}>{tokenName ?? t.task.viaPortal}</Row>
        <Row label={t.task.channel}>{task.channelName ? <Link href={`/admin/channels?keyword=${encodeURIComponent(task.channelName)}`} className="text-indigo-700 hover:underline">{task.channelName}</Link> : "—"}</Row>
        <Row label={t.task.upstreamId}><code className="font-mono text-xs">{task.mjId}</code></Row>
        <Row label={t.task.internalId}>{task.id}</Row>
        {task.mode ? <Row label={t.task.mode}>{task.mode}</Row> : null}
        {task.parentMjId ? <Row label={t.task.parent}><Link href={`/admin/tasks/${encodeURIComponent(task.parentMjId)}`} className="font-mono text-xs text-indigo-700 hover:underline">{task.parentMjId}</Link></Row> : null}
      </TaskDetail>
      <Card id="task-log" title={t.task.logTitle}>
        {logs.length ? <LogTable logs={logs.map((log) => logOutput(log, true))} admin={{ channelNames }} /> : <p className="text-sm text-neutral-500">{t.task.logEmpty}</p>}
      </Card>
      <Card id="task-deliveries" title={t.task.deliveriesTitle}>
        <DeliveryTable deliveries={deliveries as Delivery[]} empty={t.task.deliveriesEmpty} readOnly={task.userId !== viewerId} t={t} />
      </Card>
    </div>
  );
}
