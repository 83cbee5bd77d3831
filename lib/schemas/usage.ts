// Queries of new-api's dashboard calls (/api/log/stat, /api/data/). Times are unix seconds,
// as new-api's logs keep them; milliseconds are accepted too.
import { z } from "zod";
import { INT32_MAX } from "./common";

const seconds = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value) => {
    const number = Math.floor(Number(value ?? Number.NaN));
    if (!Number.isFinite(number) || number <= 0) return undefined;
    return number >= 100_000_000_000 ? Math.floor(number / 1000) : number;
  });

export const selfLogStatQuery = z.object({
  type: z.string().optional(),
  start_timestamp: seconds,
  end_timestamp: seconds,
  token_name: z.string().max(64).optional(),
  model_name: z.string().max(64).optional(),
  group: z.string().max(64).optional(),
});

export const logStatQuery = selfLogStatQuery.extend({
  username: z.string().max(64).optional(),
  channel: z.coerce.number().int().min(0).max(INT32_MAX).optional().catch(undefined),
});

export const selfQuotaDataQuery = z.object({ start_timestamp: seconds, end_timestamp: seconds, default_time: z.string().optional() });
export const quotaDataQuery = selfQuotaDataQuery.extend({ username: z.string().max(64).optional() });
