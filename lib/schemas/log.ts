import { z } from "zod";
import { pageQuery } from "../http/pagination";
import { INT32_MAX } from "./common";

const seconds = z.coerce.number().int().min(0).optional();

export const selfLogQuery = pageQuery.extend({
  type: z.coerce.number().int().min(0).max(6).optional(),
  start_timestamp: seconds,
  end_timestamp: seconds,
  token_name: z.string().max(64).optional(),
  model_name: z.string().max(64).optional(),
  group: z.string().max(64).optional(),
});

export const adminLogQuery = selfLogQuery.extend({
  username: z.string().max(64).optional(),
  channel: z.coerce.number().int().min(0).max(INT32_MAX).optional(),
});

/** new-api's log object; other is JSON text; channel only for admins. */
export const logOutputSchema = z.strictObject({
  id: z.number().int(), user_id: z.number().int(), created_at: z.number().int(), type: z.number().int(), content: z.string(),
  username: z.string(), token_name: z.string(), token_id: z.number().int(), model_name: z.string(), quota: z.number(),
  group: z.string(), mj_id: z.string(), other: z.string(), channel: z.number().int().optional(),
});
export type LogOutput = z.infer<typeof logOutputSchema>;
