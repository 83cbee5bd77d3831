import { z } from "zod";
import { ApiError } from "../http/errors";
import { OPTION_DEFAULTS, OPTION_KEYS, type OptionKey } from "./defaults";

const numberMap = z.record(z.string().min(1), z.number().min(0));
const textMap = z.record(z.string().min(1), z.string().max(200));
const bool = z.enum(["true", "false"]);
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

// What each option may hold; values travel as strings (new-api's options table).
const rules: Record<OptionKey, z.ZodType> = {
  SystemName: z.string().trim().min(1, "must not be empty").max(64),
  GroupRatio: numberMap, ModelPrice: numberMap, ModeMultiplier: numberMap, UserUsableGroups: textMap,
  RegisterEnabled: bool, MjNotifyEnabled: bool, MjForwardUrlEnabled: bool, MjModeClearEnabled: bool,
  MjActionCheckSuccessEnabled: bool, MjAccountFilterEnabled: bool, AutomaticDisableChannelEnabled: bool,
  ChannelFailThreshold: count(1, 1000), RetryTimes: count(0, 10), UpstreamTimeoutSeconds: count(1, 600),
  TaskTimeoutMinutes: count(1, 7 * 24 * 60), PollIntervalSeconds: count(1, 3600),
  NotifyHookAllow: z.string().max(4000), ServerAddress: z.union([z.literal(""), z.string().url().refine((u) => /^https?:\/\//.test(u), "must be http(s)")]),
};

const JSON_KEYS: OptionKey[] = ["GroupRatio", "ModelPrice", "ModeMultiplier", "UserUsableGroups"];

/** Checks one option's new value; returns it normalised as the string to store. */
export function validateOption(key: string, value: unknown): { key: OptionKey; value: string } {
  if (!(OPTION_KEYS as string[]).includes(key)) throw new ApiError("bad_request", `Unknown option "${key}". Known: ${OPTION_KEYS.join(", ")}.`);
  const optionKey = key as OptionKey;
  const raw = typeof value === "string" ? value : typeof value === "boolean" || typeof value === "number" ? String(value) : JSON.stringify(value);
  let candidate: unknown = raw;
  if (JSON_KEYS.includes(optionKey)) {
    try {
      candidate = JSON.parse(raw);
    } catch {
      throw new ApiError("bad_request", `${key} must be a JSON object such as ${OPTION_DEFAULTS[optionKey]}.`);
    }
  }
  const result = rules[optionKey].safeParse(candidate);
  if (!result.success) throw new ApiError("bad_request", `${key}: ${result.error.issues[0]?.message ?? "invalid value"}.`);
  return { key: optionKey, value: JSON_KEYS.includes(optionKey) ? JSON.stringify(candidate) : raw.trim() };
}
