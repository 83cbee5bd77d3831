// The dashboard's time range: epoch milliseconds, and the viewer's time zone for the days.
export interface DashboardRange {
  /** inclusive, epoch ms */
  from: number;
  /** inclusive, epoch ms */
  to: number;
  /** IANA zone the days are counted in (default UTC). */
  timeZone?: string;
}

export interface DashboardScope extends DashboardRange {
  /** One user's figures; omitted: everyone's (admins). */
  userId?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format;
}

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || !value || value.length > 64) return false;
  try {
    formatter(value);
    return true;
  } catch {
    return false;
  }
}

/** "2026-01-31": the calendar day of `ms` in the zone. */
export function dayOf(ms: number, timeZone = "UTC"): string {
  return formatter(timeZone).format(new Date(ms));
}

/** Every day from `from` to `to` in the zone, so quiet days show as zero rather than missing. */
export function daysOf(range: DashboardRange): string[] {
  const days: string[] = [];
  // Step in 6 h increments: robust to DST changes, then de-duplicate.
  for (let ms = range.from; ms <= range.to; ms += 6 * 3_600_000) {
    const day = dayOf(ms, range.timeZone);
    if (days[days.length - 1] !== day) days.push(day);
  }
  const last = dayOf(range.to, range.timeZone);
  if (days[days.length - 1] !== last) days.push(last);
  return days;
}

/** The last `days` days up to now, today included, in the zone. */
export function lastDays(days: number, now: number, timeZone = "UTC"): DashboardRange {
  // Midnight of the first day: walk back whole days, then to the day's start in the zone.
  const firstDay = dayOf(now - (days - 1) * 86_400_000, timeZone);
  let from = now - days * 86_400_000 - 86_400_000;
  while (dayOf(from, timeZone) < firstDay) from += 15 * 60_000;
  return { from, to: now, timeZone };
}
