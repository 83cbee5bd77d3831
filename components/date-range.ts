// Date filters of the list pages: from/to are the days shown in the form, start/end the unix
// seconds the browser computed from those days in the viewer's zone.
import type { FormEvent } from "react";

type Params = Record<string, string | string[] | undefined>;

export interface DateRange {
  from: string;
  to: string;
  start?: number;
  end?: number;
}

export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
export const positiveParam = (value: string) => {
  const number = Number.parseInt(value, 10);
  return number > 0 ? number : undefined;
};
const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : "");
// Without the browser's timestamps (no script), dates count as whole UTC days.
const utcDay = (value: string) => Date.parse(`${value}T00:00:00Z`) / 1000;

export function parseDateRange(params: Params): DateRange {
  const from = date(firstParam(params.from));
  const to = date(firstParam(params.to));
  return {
    from,
    to,
    start: from ? (positiveParam(firstParam(params.start)) ?? utcDay(from)) : undefined,
    end: to ? (positiveParam(firstParam(params.end)) ?? utcDay(to) + 86_399) : undefined,
  };
}

/** The range's search params, to carry over to other pages. */
export function dateRangeParams(range: DateRange): Record<string, string | undefined> {
  return {
    from: range.from || undefined,
    to: range.to || undefined,
    start: range.from && range.start ? String(range.start) : undefined,
    end: range.to && range.end ? String(range.end) : undefined,
  };
}

const localDayStart = (value: string) => new Date(`${value}T00:00:00`).getTime() / 1000;

/**
 * onSubmit of a GET filter form with `from`/`to` date inputs and hidden `start`/`end`: the dates
 * mean the viewer's days, which only the browser knows, so they are sent as timestamps too.
 */
export function addDayTimestamps(event: FormEvent<HTMLFormElement>) {
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
