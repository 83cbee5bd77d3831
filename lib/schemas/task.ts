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
