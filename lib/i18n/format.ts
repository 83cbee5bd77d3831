// Formatting shared by server and client components.

import { QUOTA_PER_USD } from "../billing/units";

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

// Made once: toLocaleString builds a formatter on every call, a millisecond per task page.
const NUMBER = new Intl.NumberFormat("en-US");
const USD = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const USD_CENTS_FRACTION = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });

export function formatNumber(value: number | bigint): string {
  return NUMBER.format(Number(value));
}

export function formatUsd(quota: number | bigint): string {
  const usd = Number(quota) / QUOTA_PER_USD;
  return `$${(usd !== 0 && Math.abs(usd) < 0.01 ? USD_CENTS_FRACTION : USD).format(usd)}`;
}

/** "250,000 ($0.50)": the UI always shows quota and its USD value together. */
export function formatQuota(quota: number | bigint): string {
  return `${formatNumber(quota)} (${formatUsd(quota)})`;
}

const pad = (value: number) => String(value).padStart(2, "0");

export function formatDateTime(date: Date, utc = false): string {
  const parts = utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()];
  const [year, month, day, hours, minutes] = parts as [number, number, number, number, number];
  return `${year}-${pad(month)}-${pad(day)} ${pad(hours)}:${pad(minutes)}${utc ? " UTC" : ""}`;
}

/** "850 ms", "42 s", "3 min 05 s", "2 h 04 min": a duration at the precision people read it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${pad(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`;
}
