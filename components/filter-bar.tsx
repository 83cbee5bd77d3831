"use client";
import Form from "next/form";
import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { addDayTimestamps } from "./date-range";
import { Button, buttonClass } from "./ui/button";
import { Field, Input } from "./ui/input";

interface Props {
  /** The list page the GET form submits to (and Reset returns to). */
  path: string;
  /** Prefix of the date inputs' ids, unique on the page. */
  idPrefix: string;
  from: string;
  to: string;
  /** The page's own filters, shown before the date range. */
  children: ReactNode;
}

const localDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** Fills the range with the last `days` days of the viewer's calendar, today included, and applies it. */
function applyPreset(event: MouseEvent<HTMLButtonElement>, days: number) {
  const form = event.currentTarget.form;
  if (!form) return;
  const today = new Date();
  const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  (form.elements.namedItem("from") as HTMLInputElement).value = localDay(first);
  (form.elements.namedItem("to") as HTMLInputElement).value = localDay(today);
  form.requestSubmit();
}

/** The filter card of the list pages: own fields, a day range with quick ranges, Filter and Reset. */
export function FilterBar({ path, idPrefix, from, to, children }: Props) {
  const { t } = useI18n();
  const presets = [
    [t.common.today, 1],
    [t.common.last7, 7],
    [t.common.last30, 30],
  ] as const;
  return (
    <div className="mb-4 rounded-xl border border-neutral-200 bg-surface p-4 shadow-sm">
      <Form action={path} onSubmit={addDayTimestamps} className="flex flex-wrap items-end gap-3">
        {children}
        <Field id={`${idPrefix}-from`} label={t.tasks.from} className="min-w-0 flex-1 basis-[calc(50%-0.375rem)] sm:flex-none sm:basis-auto">
          <Input id={`${idPrefix}-from`} name="from" type="date" defaultValue={from} />
        </Field>
        <Field id={`${idPrefix}-to`} label={t.tasks.to} className="min-w-0 flex-1 basis-[calc(50%-0.375rem)] sm:flex-none sm:basis-auto">
          <Input id={`${idPrefix}-to`} name="to" type="date" defaultValue={to} />
        </Field>
        <input type="hidden" name="start" />
        <input type="hidden" name="end" />
        <div role="group" aria-label={t.common.quickRange} className="flex w-full gap-1 sm:w-auto">
          {presets.map(([label, days]) => (
            <Button key={days} variant="secondary" size="sm" className="h-9" onClick={(event) => applyPreset(event, days)}>{label}</Button>
          ))}
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t.common.filter}</Button>
          <Link href={path} className={buttonClass("ghost")}>{t.common.reset}</Link>
        </div>
      </Form>
    </div>
  );
}
