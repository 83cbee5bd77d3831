// The task list's search params: page, mj_id, from/to (dates shown in the form) and
// start/end (unix seconds the browser computed from those dates in the viewer's zone).
import type { TaskFilter } from "@/lib/tasks/list-tasks";

export type SearchParams = Record<string, string | string[] | undefined>;
export const TASK_PAGE_SIZE = 20;

export interface TaskSearch {
  page: number;
  mjId: string;
  from: string;
  to: string;
  start?: number;
  end?: number;
  channelId?: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const positive = (value: string) => {
  const number = Number.parseInt(value, 10);
  return number > 0 ? number : undefined;
};
const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : "");
// Without the browser's timestamps (no script), dates count as whole UTC days.
const utcDay = (value: string) => Date.parse(`${value}T00:00:00Z`) / 1000;

export function parseTaskSearch(params: SearchParams): TaskSearch {
  const from = date(first(params.from));
  const to = date(first(params.to));
  return {
    page: positive(first(params.page)) ?? 1,
    mjId: first(params.mj_id).trim().slice(0, 64),
    from,
    to,
    start: from ? (positive(first(params.start)) ?? utcDay(from)) : undefined,
    end: to ? (positive(first(params.end)) ?? utcDay(to) + 86_399) : undefined,
    channelId: positive(first(params.channel_id)),
  };
}

export function taskFilter(search: TaskSearch, userId?: number): TaskFilter {
  return { userId, channelId: search.channelId, mjId: search.mjId || undefined, startTimestamp: search.start, endTimestamp: search.end };
}

/** The same page as a query of /api/mj/self or /api/mj. */
export function taskApiQuery(search: TaskSearch): string {
  const query = new URLSearchParams({ p: String(search.page), page_size: String(TASK_PAGE_SIZE) });
  if (search.mjId) query.set("mj_id", search.mjId);
  if (search.start) query.set("start_timestamp", String(search.start));
  if (search.end) query.set("end_timestamp", String(search.end));
  if (search.channelId) query.set("channel_id", String(search.channelId));
  return query.toString();
}

/** The search params that carry over to other pages. */
export function taskSearchParams(search: TaskSearch): Record<string, string | undefined> {
  return {
    mj_id: search.mjId || undefined,
    from: search.from || undefined,
    to: search.to || undefined,
    start: search.from && search.start ? String(search.start) : undefined,
    end: search.to && search.end ? String(search.end) : undefined,
    channel_id: search.channelId ? String(search.channelId) : undefined,
  };
}
