// Queries of new-api's dashboard calls (/api/log/stat, /api/data/). Times are unix seconds,
// as new-api's logs keep them; milliseconds are accepted too.
import { z } from "zod";
import { adminLogQuery, selfLogQuery } from "./log";

const seconds = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value) => {
    const number = Math.floor(Number(value ?? Number.NaN));
    if (!Number.isFinite(number) || number <= 0) return undefined;
    return number >= 100_000_000_000 ? Math.floor(number / 1000) : number;
  });

// The stat box sends the log list's filters without paging.
export const selfLogStatQuery = selfLogQuery.omit({ p: true, page_size: true, ps: true, size: true }).extend({ start_timestamp: seconds, end_timestamp: seconds });
export const logStatQuery = adminLogQuery.omit({ p: true, page_size: true, ps: true, size: true }).extend({ start_timestamp: seconds, end_timestamp: seconds });

export const selfQuotaDataQuery = z.object({ start_timestamp: seconds, end_timestamp: seconds, default_time: z.string().optional() });
export const quotaDataQuery = selfQuotaDataQuery.extend({ username: z.string().max(64).optional() });
