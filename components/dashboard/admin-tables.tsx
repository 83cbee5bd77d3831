import Link from "next/link";
import { CHANNEL_STATUS } from "@/lib/channels/channel-status";
import type { DashboardData } from "@/lib/dashboard/load";
import type { Messages } from "@/lib/i18n/en";
import { fill, formatNumber, formatQuota } from "@/lib/i18n/format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { EmptyRow, Table, Td, Th } from "../ui/table";
import { autoDisabledText } from "../channels/auto-disabled";

/** Admins: how each channel did, and who spent the most, over the same range. */
export function DashboardAdminTables({ data, t }: { data: DashboardData; t: Messages }) {
  const d = t.dashboard;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card id="dashboard-channels" title={d.channelsTitle} description={d.channelsBody}>
        <Table>
          <thead>
            <tr><Th>{d.channel}</Th><Th className="text-right">{d.tasks}</Th><Th className="text-right">{d.failures}</Th><Th className="text-right">{d.latency}</Th><Th>{d.status}</Th></tr>
          </thead>
          <tbody className="divide-y divide-neutral-100">
            {data.channels.length === 0 ? <EmptyRow colSpan={5}>{d.noData}</EmptyRow> : null}
            {data.channels.map((channel) => (
              <tr key={channel.id}>
                <Td className="font-medium text-neutral-900"><Link href={`/admin/channels?keyword=${encodeURIComponent(channel.name)}`} className="hover:underline">{channel.name}</Link></Td>
                <Td className="text-right tabular-nums">{formatNumber(channel.tasks)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(channel.failures)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{channel.responseTimeMs ? `${channel.responseTimeMs} ms` : "—"}</Td>
                <Td className="max-w-64">
                  <Badge tone={channel.status === CHANNEL_STATUS.enabled ? "success" : channel.status === CHANNEL_STATUS.autoDisabled ? "danger" : "neutral"}>{t.channels.statusNames[channel.status] ?? channel.status}</Badge>
                  {channel.status === CHANNEL_STATUS.autoDisabled ? <p className="mt-1 break-words text-xs text-neutral-600">{autoDisabledText(channel.statusReason, t)}</p> : null}
                  {channel.autoDisables ? <p className="mt-1 text-xs text-neutral-600">{fill(d.autoDisables, { count: formatNumber(channel.autoDisables) })}</p> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card id="dashboard-users" title={d.usersTitle} description={d.usersBody}>
        <Table>
          <thead>
            <tr><Th>{d.user}</Th><Th className="text-right">{d.tasks}</Th><Th className="text-right">{d.failures}</Th><Th className="text-right">{d.spend}</Th></tr>
          </thead>
          <tbody className="divide-y divide-neutral-100">
            {data.users.length === 0 ? <EmptyRow colSpan={4}>{d.noData}</EmptyRow> : null}
            {data.users.map((user) => (
              <tr key={user.userId}>
                <Td className="font-medium text-neutral-900"><Link href={`/admin/users/${user.userId}`} className="hover:underline">{user.username}</Link></Td>
                <Td className="text-right tabular-nums">{formatNumber(user.tasks)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(user.failures)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatQuota(user.spend)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
