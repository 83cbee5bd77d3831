"use client";
import Form from "next/form";
import Link from "next/link";
import type { FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
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

const localDayStart = (value: string) => new Date(`${value}T00:00:00`).getTime() / 1000;

export function TaskFilters({ path, mjId, from, to, channelId, channels }: Props) {
  const { t } = useI18n();

  // The dates mean the viewer's days, which only the browser knows: send them as timestamps too.
  function addTimestamps(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const set = (name: string, seconds: string) => ((form.elements.namedItem(name) as HTMLInputElement).value = seconds);
    set("start", value("from") ? String(localDayStart(value("from"))) : "");
    set("end", value("to") ? String(localDayStart(value("to")) + 86_399) : "");
    // Disabled fields stay out of the URL; they are enabled again once <Form> has read them.
    const empty = Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]")).filter((field) => !field.value);
    for (const field of empty) field.disabled = true;
    setTimeout(() => empty.forEach((field) => (field.disabled = false)));
  }

  return (
    <div key={`${mjId}|${from}|${to}|${channelId ?? ""}`} className="mb-4 rounded-xl border border-neutral-200 bg-white p-4 shadow-sm">
      <Form action={path} onSubmit={addTimestamps} className="flex flex-wrap items-end gap-3">
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
