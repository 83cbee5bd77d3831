// The seed's /api/mj query. Task times are milliseconds (as new-api stores them and its
// front-end sends them from Date.parse); the seed's examples are seconds, so a value below
// 1e11 (before 1973 in ms, after 5138 in s) is read as seconds.
import { z } from "zod";
import { pageQuery } from "../http/pagination";
import { INT32_MAX } from "./common";

const SECONDS_BELOW = 100_000_000_000;

const looseTimestamp = (edge: "start" | "end") =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((value) => {
      const number = Number(value ?? Number.NaN);
      if (!Number.isFinite(number) || number <= 0) return undefined;
      const whole = Math.floor(number);
      // An end in seconds covers its whole second.
      return whole < SECONDS_BELOW ? whole * 1000 + (edge === "end" ? 999 : 0) : whole;
    });

const looseId = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value) => {
    const number = Number.parseInt(String(value ?? ""), 10);
    if (!Number.isSafeInteger(number) || number <= 0) return undefined;
    // No channel has an id past int4's range: such a filter matches nothing (0 is no id).
    return number > INT32_MAX ? 0 : number;
  });

export const selfTaskListQuery = pageQuery.extend({
  mj_id: z.string().trim().max(64).optional(),
  start_timestamp: looseTimestamp("start"),
  end_timestamp: looseTimestamp("end"),
});

export const taskListQuery = selfTaskListQuery.extend({ channel_id: looseId });
export type TaskListQuery = z.infer<typeof taskListQuery>;

/** new-api's Midjourney row as /api/mj answers it: times in ms; buttons, properties and video_urls as JSON text. */
export const apiTaskItemSchema = z.strictObject({
  id: z.number().int(), code: z.number().int(), user_id: z.number().int(), action: z.string(), mj_id: z.string(),
  prompt: z.string(), prompt_en: z.string(), description: z.string(), state: z.string(),
  submit_time: z.number().int(), start_time: z.number().int(), finish_time: z.number().int(),
  image_url: z.string(), video_url: z.string(), video_urls: z.string(), status: z.string(), progress: z.string(),
  fail_reason: z.string(), channel_id: z.number().int(), quota: z.number(), buttons: z.string(), properties: z.string(),
});
export type ApiTaskItem = z.infer<typeof apiTaskItemSchema>;
