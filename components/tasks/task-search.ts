// The task list's search params: page, view, mj_id (a prefix), status, action, channel_id,
// and from/to (days shown in the form) with start/end (unix seconds the browser computed
// from those days in the viewer's zone).
import { pageNumber } from "@/lib/http/pagination";
import type { PortalTaskFilter } from "@/lib/tasks/portal-tasks";
import { isTaskStatus } from "@/lib/tasks/status";
import { TASK_ACTIONS } from "@/lib/tasks/task-actions";
import { dateRangeParams, firstParam, parseDateRange, positiveParam, type DateRange } from "../date-range";

export type SearchParams = Record<string, string | string[] | undefined>;
export const PAGE_SIZES = { table: 20, gallery: 24 } as const;
export type TaskListView = keyof typeof PAGE_SIZES;

export interface TaskSearch extends DateRange {
  page: number;
  view: TaskListView;
  mjId: string;
  status?: string;
  action?: string;
  channelId?: number;
}

export function parseTaskSearch(params: SearchParams): TaskSearch {
  const status = firstParam(params.status);
  const action = firstParam(params.action);
  return {
    page: pageNumber(firstParam(params.page)),
    view: firstParam(params.view) === "gallery" ? "gallery" : "table",
    mjId: firstParam(params.mj_id).trim().slice(0, 64),
    status: isTaskStatus(status) ? status : undefined,
    action: (TASK_ACTIONS as readonly string[]).includes(action) ? action : undefined,
    ...parseDateRange(params),
    channelId: positiveParam(firstParam(params.channel_id)),
  };
}

/** The search as a task query; the form carries unix seconds, the query milliseconds (the end covers its whole second). */
export function taskFilter(search: TaskSearch, userId?: number): PortalTaskFilter {
  return {
    userId,
    channelId: search.channelId,
    status: search.status,
    action: search.action,
    mjIdPrefix: search.mjId || undefined,
    startMs: search.start ? search.start * 1000 : undefined,
    endMs: search.end ? search.end * 1000 + 999 : undefined,
    withImage: search.view === "gallery",
  };
}

/** The search params that carry over to other pages (and the other view, without `view`). */
export function taskSearchParams(search: TaskSearch, view: TaskListView = search.view): Record<string, string | undefined> {
  return {
    view: view === "gallery" ? "gallery" : undefined,
    mj_id: search.mjId || undefined,
    status: search.status,
    action: search.action,
    ...dateRangeParams(search),
    channel_id: search.channelId ? String(search.channelId) : undefined,
  };
}
