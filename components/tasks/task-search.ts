// The task list's search params: page, mj_id, from/to (dates shown in the form) and
// start/end (unix seconds the browser computed from those dates in the viewer's zone).
import type { TaskFilter } from "@/lib/tasks/list-tasks";
import { dateRangeParams, firstParam, parseDateRange, positiveParam, type DateRange } from "../date-range";
import { pageNumber } from "@/lib/http/pagination";

export type SearchParams = Record<string, string | string[] | undefined>;
export const TASK_PAGE_SIZE = 20;

export interface TaskSearch extends DateRange {
  page: number;
  mjId: string;
  channelId?: number;
}

export function parseTaskSearch(params: SearchParams): TaskSearch {
  return {
    page: pageNumber(firstParam(params.page)),
    mjId: firstParam(params.mj_id).trim().slice(0, 64),
    ...parseDateRange(params),
    channelId: positiveParam(firstParam(params.channel_id)),
  };
}

export function taskFilter(search: TaskSearch, userId?: number): TaskFilter {
  return { userId, channelId: search.channelId, mjId: search.mjId || undefined, // The form carries unix seconds; the filter is in milliseconds, the end covering its whole second.
    startTimestamp: search.start ? search.start * 1000 : undefined, endTimestamp: search.end ? search.end * 1000 + 999 : undefined };
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
    ...dateRangeParams(search),
    channel_id: search.channelId ? String(search.channelId) : undefined,
  };
}
