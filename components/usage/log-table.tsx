import Link from "next/link";
import type { logOutput } from "@/lib/billing/list-logs";
import { LOG_TYPE } from "@/lib/billing/units";
import { CHANNEL_AUTO_DISABLED_EVENT } from "@/lib/channels/channel-status";
import type { Messages } from "@/lib/i18n/en";
import { fill, formatQuota } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { LocalTime } from "../local-time";
import { modelActionName } from "../tasks/task-bits";
import { Badge, type BadgeTone } from "../ui/badge";
import { EmptyRow, Table, Td, Th } from "../ui/table";

type Log = ReturnType<typeof logOutput>;

const TYPE_TONES: Record<number, BadgeTone> = { 1: "success", 2: "accent", 3: "warning", 4: "neutral", 5: "danger", 6: "success" };

function otherOf(other: string): { mode?: string; reason?: string; admin?: string; event?: string } {
  try {
    const parsed: unknown = JSON.parse(other);
    return parsed && typeof parsed === "object" ? (parsed as { mode?: string; reason?: string }) : {};
  } catch {
    return {};
  }
}
const adminMode = (other: string) => otherOf(other).mode;

/** The log line in the viewer's words; what the server wrote stays in the refund's reason and the tooltip. */
function describe(log: Log, t: Messages): string {
  const d = t.usage.describe;
  const other = otherOf(log.other);
  const withReason = (text: string) => (other.reason ? `${text}. ${fill(d.reason, { reason: other.reason })}` : text);
  if (log.type === LOG_TYPE.consume) return fill(d.consume, { action: modelActionName(t, log.model_name) });
  if (log.type === LOG_TYPE.refund) return fill(d.refund, { reason: log.content.replace(/^Refund for failed task \S+: /, "") });
  if (log.type === LOG_TYPE.topup) return withReason(d.topup);
  if (log.type === LOG_TYPE.manage) {
    const admin = log.content.split(" ")[0] ?? "";
    const mode = other.mode === "subtract" ? d.subtract : other.mode === "override" ? d.override : d.add;
    return withReason(fill(mode, { admin }));
  }
  if (other.event === CHANNEL_AUTO_DISABLED_EVENT) return fill(d.channelAutoDisabled, { reason: other.reason ?? "" });
  return log.content;
}

/** Logs store amounts unsigned; the type (and an admin change's mode) says which way the balance moved. */
function direction(log: Log): "-" | "+" | "=" {
  if (log.type === 2) return "-";
  if (log.type === 3 && adminMode(log.other) === "subtract") return "-";
  if (log.type === 3 && adminMode(log.other) === "override") return "=";
  return "+";
}

const SIGN_STYLES = { "-": "text-red-700", "+": "text-emerald-700", "=": "text-neutral-700" };
const SIGN_PREFIX = { "-": "-", "+": "+", "=": "= " };

interface Props {
  logs: Log[];
  /** All users' logs: who, through which channel, tasks open in the inspection page. */
  admin?: { channelNames: Record<number, string> };
}

export async function LogTable({ logs, admin }: Props) {
  const t = await getMessages();
  const taskHref = (mjId: string) => `${admin ? "/admin/tasks" : "/tasks"}/${encodeURIComponent(mjId)}`;
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t.usage.time}</Th>
          {admin ? <Th>{t.usage.user}</Th> : null}
          <Th>{t.usage.type}</Th>
          <Th className="hidden md:table-cell">{t.usage.model}</Th>
          <Th>{t.usage.taskId}</Th>
          <Th className="hidden md:table-cell">{t.usage.key}</Th>
          {admin ? <Th className="hidden md:table-cell">{t.usage.channel}</Th> : null}
          <Th className="text-right">{t.usage.quota}</Th>
          <Th>{t.usage.description}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {logs.length === 0 ? <EmptyRow colSpan={admin ? 9 : 7}>{t.usage.empty}</EmptyRow> : null}
        {logs.map((log) => {
          const sign = direction(log);
          return (
            <tr key={log.id}>
              <Td><LocalTime ms={log.created_at * 1000} /></Td>
              {admin ? <Td className="whitespace-nowrap">{log.username || (log.user_id ? `#${log.user_id}` : "—")}</Td> : null}
              <Td><Badge tone={TYPE_TONES[log.type] ?? "neutral"}>{t.usage.typeNames[log.type] ?? log.type}</Badge></Td>
              <Td className="hidden md:table-cell whitespace-nowrap text-xs" title={log.model_name}>{log.model_name ? modelActionName(t, log.model_name) : "—"}</Td>
              <Td className="font-mono text-xs">
                {log.mj_id ? <Link href={taskHref(log.mj_id)} className="text-indigo-700 hover:underline">{log.mj_id}</Link> : "—"}
              </Td>
              <Td className="hidden md:table-cell max-w-40 break-words">{log.token_name || "—"}</Td>
              {admin ? <Td className="hidden md:table-cell whitespace-nowrap">{admin.channelNames[log.channel ?? 0] ?? "—"}</Td> : null}
              <Td className={`whitespace-nowrap text-right tabular-nums ${SIGN_STYLES[sign]}`}>{SIGN_PREFIX[sign]}{formatQuota(log.quota)}</Td>
              <Td className="min-w-64 max-w-md break-words text-xs text-neutral-600" title={log.content}>{describe(log, t)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
