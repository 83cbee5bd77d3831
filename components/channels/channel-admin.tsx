"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { CHANNEL_STATUS } from "@/lib/channels/channel-status";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { autoDisabledText } from "./auto-disabled";
import { ChannelBatchBar } from "./channel-batch-bar";
import { Badge } from "../ui/badge";
import { EmptyRow, Table, Td, Th } from "../ui/table";
import { ChannelForm } from "./channel-form";
import { ChannelRowActions } from "./channel-row-actions";
import type { Channel, ChannelType } from "./channel-types";

const STATUS_TONES = { 1: "success", 2: "neutral", 3: "danger" } as const;

/** The channel form (add, or edit the chosen row) above the channel table. */
export function ChannelAdmin({ channels, types }: { channels: Channel[]; types: ChannelType[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [editing, setEditing] = useState<Channel | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const shown = selected.filter((id) => channels.some((channel) => channel.id === id));
  const all = channels.length > 0 && shown.length === channels.length;
  const toggle = (id: number, on: boolean) => setSelected((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const formRef = useRef<HTMLDivElement>(null);
  const typeName = (type: number) => types.find((entry) => entry.value === type)?.name ?? String(type);

  function edit(channel: Channel) {
    setEditing(channel);
    formRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  return (
    <div className="space-y-6">
      <div ref={formRef} className="scroll-mt-24">
        <ChannelForm types={types} editing={editing} onDone={() => setEditing(null)} />
      </div>
      <ChannelBatchBar selected={shown} onDone={() => { setSelected([]); router.refresh(); }} />
      <Table label={t.channels.title}>
        <thead>
          <tr>
            <Th className="w-8">
              <input type="checkbox" aria-label={t.channels.selectAll} checked={all} onChange={(event) => setSelected(event.target.checked ? channels.map((channel) => channel.id) : [])} className="size-4 accent-indigo-600" />
            </Th>
            <Th>{t.channels.id}</Th>
            <Th>{t.channels.name}</Th>
            <Th className="hidden md:table-cell">{t.channels.type}</Th>
            <Th className="hidden md:table-cell">{t.channels.baseUrl}</Th>
            <Th className="hidden md:table-cell">{t.channels.groups}</Th>
            <Th className="hidden md:table-cell">{t.channels.tag}</Th>
            <Th className="hidden md:table-cell">{t.channels.models}</Th>
            <Th className="hidden md:table-cell text-right">{t.channels.priority}</Th>
            <Th className="hidden md:table-cell text-right">{t.channels.weight}</Th>
            <Th>{t.channels.status}</Th>
            <Th className="hidden md:table-cell text-right">{t.channels.responseTime}</Th>
            <Th className="text-right">{t.common.actions}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-neutral-100">
          {channels.length === 0 ? <EmptyRow colSpan={13}>{t.channels.empty}</EmptyRow> : null}
          {channels.map((channel) => (
            <tr key={channel.id} className={editing?.id === channel.id ? "bg-indigo-50" : undefined}>
              <Td>
                <input type="checkbox" aria-label={fill(t.channels.select, { name: channel.name })} checked={shown.includes(channel.id)} onChange={(event) => toggle(channel.id, event.target.checked)} className="size-4 accent-indigo-600" />
              </Td>
              <Td className="tabular-nums">{channel.id}</Td>
              <Td className="font-medium text-neutral-900">{channel.name}</Td>
              <Td className="hidden md:table-cell whitespace-nowrap">{typeName(channel.type)}</Td>
              <Td className="hidden md:table-cell max-w-56 break-all font-mono text-xs">{channel.base_url}</Td>
              <Td className="hidden md:table-cell max-w-40 break-words">{channel.group}</Td>
              <Td className="hidden md:table-cell whitespace-nowrap">{channel.tag || "—"}</Td>
              <Td className="hidden md:table-cell max-w-48 break-words text-xs">{channel.models || "*"}</Td>
              <Td className="hidden md:table-cell text-right tabular-nums">{channel.priority}</Td>
              <Td className="hidden md:table-cell text-right tabular-nums">{channel.weight}</Td>
              <Td className="max-w-56">
                <Badge tone={STATUS_TONES[channel.status as keyof typeof STATUS_TONES] ?? "neutral"}>{t.channels.statusNames[channel.status] ?? channel.status}</Badge>
                {channel.status !== CHANNEL_STATUS.enabled && channel.status_reason ? <p className="mt-1 break-words text-xs text-neutral-600">{autoDisabledText(channel.status_reason, t)}</p> : null}
              </Td>
              <Td className="hidden md:table-cell whitespace-nowrap text-right tabular-nums">{channel.test_time || channel.response_time ? `${channel.response_time} ms` : t.channels.untested}</Td>
              <Td><ChannelRowActions channel={channel} onEdit={() => edit(channel)} /></Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
