"use client";
import Form from "next/form";
import Link from "next/link";
import type { ReactNode } from "react";
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

/** The filter card of the list pages: own fields, a day range, Filter and Reset. */
export function FilterBar({ path, idPrefix, from, to, children }: Props) {
  const { t } = useI18n();
  return (
    <div className="mb-4 rounded-xl border border-neutral-200 bg-surface p-4 shadow-sm">
      <Form action={path} onSubmit={addDayTimestamps} className="flex flex-wrap items-end gap-3">
        {children}
        <Field id={`${idPrefix}-from`} label={t.tasks.from}>
          <Input id={`${idPrefix}-from`} name="from" type="date" defaultValue={from} />
        </Field>
        <Field id={`${idPrefix}-to`} label={t.tasks.to}>
          <Input id={`${idPrefix}-to`} name="to" type="date" defaultValue={to} />
        </Field>
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
