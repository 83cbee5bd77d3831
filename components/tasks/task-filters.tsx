"use client";
import Form from "next/form";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { addDayTimestamps } from "../date-range";
import { Button, buttonClass } from "../ui/button";
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
    <div key={`${mjId}|${from}|${to}|${channelId ?? ""}`} className="mb-4 rounded-xl border border-neutral-200 bg-white p-4 shadow-sm">
      <Form action={path} onSubmit={addDayTimestamps} className="flex flex-wrap items-end gap-3">
        <Field id="filter-mj-id" label={t.tasks.taskId} className="w-full sm:w-56">
          <Input id="filter-mj-id" name="mj_id" defaultValue={mjId} autoComplete="off" />
        </Field>
        <Field id="filter-from" label={t.tasks.from}>
          <Input id="filter-from" name="from" type="date" defaultValue={from} />
        </Field>
        <Field id="filter-to" label={t.tasks.to}>
          <Input id="filter-to" name="to" type="date" defaultValue={to} />
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
        <input type="hidden" name="start" />
        <input type="hidden" name="end" />
        <div className="flex gap-2">
          <Button type="submit">{t.common.filter}</Button>
          <Link href={path} className={buttonClass("ghost")}>{t.common.reset}</Link>
        </div>
      </Form>
    </div>
  );
}
