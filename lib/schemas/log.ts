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
