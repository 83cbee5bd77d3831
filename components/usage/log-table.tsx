import Link from "next/link";
import type { logOutput } from "@/lib/billing/list-logs";
import { formatQuota } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { LocalTime } from "../local-time";
import { Badge, type BadgeTone } from "../ui/badge";
import { EmptyRow, Table, Td, Th } from "../ui/table";

type Log = ReturnType<typeof logOutput>;

const TYPE_TONES: Record<number, BadgeTone> = { 1: "success", 2: "accent", 3: "warning", 4: "neutral", 5: "danger", 6: "success" };

function adminMode(other: string): string | undefined {
  try {
    return (JSON.parse(other) as { mode?: string }).mode;
  } catch {
    return undefined;
  }
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

export async function LogTable({ logs }: { logs: Log[] }) {
  const t = await getMessages();
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t.usage.time}</Th>
          <Th>{t.usage.type}</Th>
          <Th>{t.usage.model}</Th>
          <Th>{t.usage.taskId}</Th>
          <Th>{t.usage.key}</Th>
          <Th className="text-right">{t.usage.quota}</Th>
          <Th>{t.usage.description}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {logs.length === 0 ? <EmptyRow colSpan={7}>{t.usage.empty}</EmptyRow> : null}
        {logs.map((log) => {
          const sign = direction(log);
          return (
            <tr key={log.id}>
              <Td><LocalTime ms={log.created_at * 1000} /></Td>
              <Td><Badge tone={TYPE_TONES[log.type] ?? "neutral"}>{t.usage.typeNames[log.type] ?? log.type}</Badge></Td>
              <Td className="whitespace-nowrap font-mono text-xs">{log.model_name || "—"}</Td>
              <Td className="font-mono text-xs">
                {log.mj_id ? <Link href={`/tasks/${encodeURIComponent(log.mj_id)}`} className="text-indigo-700 hover:underline">{log.mj_id}</Link> : "—"}
              </Td>
              <Td className="max-w-40 break-words">{log.token_name || "—"}</Td>
              <Td className={`whitespace-nowrap text-right tabular-nums ${SIGN_STYLES[sign]}`}>{SIGN_PREFIX[sign]}{formatQuota(log.quota)}</Td>
              <Td className="min-w-64 max-w-md break-words text-xs text-neutral-600">{log.content}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
