"use client";
import { useI18n } from "@/lib/i18n/client";
import { TASK_STATUSES } from "@/lib/tasks/status";
import { TASK_ACTIONS } from "@/lib/tasks/task-actions";
import { FilterBar } from "../filter-bar";
import { Field, Input, Select } from "../ui/input";
import type { TaskSearch } from "./task-search";

interface Props {
  path: string;
  search: TaskSearch;
  /** Admins filter by channel too. */
  channels?: { id: number; name: string }[];
}

export function TaskFilters({ path, search, channels }: Props) {
  const { t } = useI18n();
  const { mjId, status, action, channelId, from, to, view } = search;
  return (
    <FilterBar key={[mjId, status, action, channelId, from, to, view].join("|")} path={path} idPrefix="filter" from={from} to={to}>
      {view === "gallery" ? <input type="hidden" name="view" value="gallery" /> : null}
      <Field id="filter-mj-id" label={t.tasks.idPrefix} className="w-full sm:w-48">
        <Input id="filter-mj-id" name="mj_id" defaultValue={mjId} autoComplete="off" inputMode="numeric" />
      </Field>
      <Field id="filter-status" label={t.tasks.statusFilter} className="min-w-0 flex-1 basis-[calc(50%-0.375rem)] sm:w-40 sm:flex-none sm:basis-auto">
        <Select id="filter-status" name="status" defaultValue={status ?? ""}>
          <option value="">{t.tasks.allStatuses}</option>
          {TASK_STATUSES.map((value) => <option key={value} value={value}>{t.status[value] ?? value}</option>)}
        </Select>
      </Field>
      <Field id="filter-action" label={t.tasks.actionFilter} className="min-w-0 flex-1 basis-[calc(50%-0.375rem)] sm:w-40 sm:flex-none sm:basis-auto">
        <Select id="filter-action" name="action" defaultValue={action ?? ""}>
          <option value="">{t.tasks.allActions}</option>
          {TASK_ACTIONS.map((value) => <option key={value} value={value}>{t.actions[value] ?? value}</option>)}
        </Select>
      </Field>
      {channels ? (
        <Field id="filter-channel" label={t.tasks.channel} className="w-full sm:w-48">
          <Select id="filter-channel" name="channel_id" defaultValue={channelId ? String(channelId) : ""}>
            <option value="">{t.tasks.allChannels}</option>
            {channels.map((channel) => <option key={channel.id} value={channel.id}>{channel.name}</option>)}
          </Select>
        </Field>
      ) : null}
    </FilterBar>
  );
}
