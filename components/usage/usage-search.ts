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
  /** Admins' all-users log also filters by user, key, channel and model. */
  username: string;
  tokenName: string;
  modelName: string;
  channelId?: number;
}

export function parseUsageSearch(params: Record<string, string | string[] | undefined>): UsageSearch {
  const type = positiveParam(firstParam(params.type));
  const text = (name: string) => firstParam(params[name]).trim().slice(0, 64);
  return {
    page: pageNumber(firstParam(params.page)),
    type: type && LOG_TYPES.includes(type) ? type : undefined,
    ...parseDateRange(params),
    username: text("username"),
    tokenName: text("token_name"),
    modelName: text("model_name"),
    channelId: positiveParam(firstParam(params.channel_id)),
  };
}

/** The search params that carry over to other pages. */
export function usageSearchParams(search: UsageSearch): Record<string, string | undefined> {
  return {
    type: search.type ? String(search.type) : undefined,
    ...dateRangeParams(search),
    username: search.username || undefined,
    token_name: search.tokenName || undefined,
    model_name: search.modelName || undefined,
    channel_id: search.channelId ? String(search.channelId) : undefined,
  };
}
