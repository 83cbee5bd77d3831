import { z } from "zod";
import { pageQuery } from "../http/pagination";

const seconds = z.coerce.number().int().min(0, "timestamps are unix seconds").optional();

/** The seed's /api/mj query: p, page_size, mj_id, start_timestamp, end_timestamp (+ channel_id for admins). */
export const taskListQuery = pageQuery.extend({
  mj_id: z.string().max(64).optional(),
  start_timestamp: seconds,
  end_timestamp: seconds,
  channel_id: z.coerce.number().int().positive().optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;
