"use client";
import { useI18n } from "@/lib/i18n/client";
import { FilterBar } from "../filter-bar";
import { Field, Input, Select } from "../ui/input";

interface Props {
  path: string;
  mjId: string;
  from: string;
  to: string;
  channelId?: number;
  channels?: { id: number; name: string }[];
}

export function TaskFilters({ path, mjId, from, to, channelId, channels }: Props) {
  const { t } = useI18n();
  return (
    <FilterBar key={`${mjId}|${from}|${to}|${channelId ?? ""}`} path={path} idPrefix="filter" from={from} to={to}>
      <Field id="filter-mj-id" label={t.tasks.taskId} className="w-full sm:w-56">
        <Input id="filter-mj-id" name="mj_id" defaultValue={mjId} autoComplete="off" />
      </Field>
      {channels ? (
        <Field id="filter-channel" label={t.tasks.channel} className="w-full sm:w-48">
          <Select id="filter-channel" name="channel_id" defaultValue={channelId ? String(channelId) : ""}>
            <option value="">{t.tasks.allChannels}</option>
            {channels.map((channel) => (
              <option key={channel.id} value={channel.id}>#{channel.id} {channel.name}</option>
            ))}
          </Select>
        </Field>
      ) : null}
    </FilterBar>
  );
}
