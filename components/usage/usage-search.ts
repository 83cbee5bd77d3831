// The usage page's search params: page, type and the date range.
import { LOG_TYPE } from "@/lib/billing/units";
import { dateRangeParams, firstParam, parseDateRange, positiveParam, type DateRange } from "../date-range";
import { pageNumber } from "@/lib/http/pagination";

export const LOG_PAGE_SIZE = 20;
/** The log types a user can filter by (5, upstream errors, is not written for users). */
export const LOG_TYPES: number[] = [LOG_TYPE.topup, LOG_TYPE.consume, LOG_TYPE.manage, LOG_TYPE.system, LOG_TYPE.refund];

export interface UsageSearch extends DateRange {
  page: number;
  type?: number;
}

export function parseUsageSearch(params: Record<string, string | string[] | undefined>): UsageSearch {
  const type = positiveParam(firstParam(params.type));
  return { page: pageNumber(firstParam(params.page)), type: type && LOG_TYPES.includes(type) ? type : undefined, ...parseDateRange(params) };
}

/** The search params that carry over to other pages. */
export function usageSearchParams(search: UsageSearch): Record<string, string | undefined> {
  return { type: search.type ? String(search.type) : undefined, ...dateRangeParams(search) };
}
