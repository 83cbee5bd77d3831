"use client";
import Form from "next/form";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { addDayTimestamps } from "../date-range";
import { Button, buttonClass } from "../ui/button";
import { Field, Input, Select } from "../ui/input";
import { LOG_TYPES } from "./usage-search";

export function UsageFilters({ type, from, to }: { type?: number; from: string; to: string }) {
  const { t } = useI18n();
  return (
    <div key={`${type ?? ""}|${from}|${to}`} className="mb-4 rounded-xl border border-neutral-200 bg-white p-4 shadow-sm">
      <Form action="/usage" onSubmit={addDayTimestamps} className="flex flex-wrap items-end gap-3">
        <Field id="usage-type" label={t.usage.type} className="w-full sm:w-48">
          <Select id="usage-type" name="type" defaultValue={type ? String(type) : ""}>
            <option value="">{t.usage.allTypes}</option>
            {LOG_TYPES.map((value) => <option key={value} value={value}>{t.usage.typeNames[value]}</option>)}
          </Select>
        </Field>
        <Field id="usage-from" label={t.usage.from}>
          <Input id="usage-from" name="from" type="date" defaultValue={from} />
        </Field>
        <Field id="usage-to" label={t.usage.to}>
          <Input id="usage-to" name="to" type="date" defaultValue={to} />
        </Field>
        <input type="hidden" name="start" />
        <input type="hidden" name="end" />
        <div className="flex gap-2">
          <Button type="submit">{t.common.filter}</Button>
          <Link href="/usage" className={buttonClass("ghost")}>{t.common.reset}</Link>
        </div>
      </Form>
    </div>
  );
}
