// Settings read from the options table over the defaults. Cached for a second so a busy
// relay does not read the table per request, yet every instance sees a change quickly.
import { getDb, type DbOrTx } from "../db";
import { OPTION_DEFAULTS, OPTION_KEYS, type OptionKey } from "./defaults";

export type Options = Record<OptionKey, string>;

const CACHE_MS = 1000;
// On globalThis: Next evaluates lib/ once per server bundle (the relay's fast lane runs in
// instrumentation's), and a change saved through one must reach all of them at once.
const slot = globalThis as { mjOptionsCache?: { at: number; value: Options } };

export async function getOptions(db: DbOrTx = getDb()): Promise<Options> {
  const cache = slot.mjOptionsCache;
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.value;
  const rows = await db.option.findMany({ select: { key: true, value: true } });
  const value: Options = { ...OPTION_DEFAULTS };
  for (const row of rows) if ((OPTION_KEYS as string[]).includes(row.key)) value[row.key as OptionKey] = row.value;
  slot.mjOptionsCache = { at: Date.now(), value };
  return value;
}

export function invalidateOptions(): void {
  slot.mjOptionsCache = undefined;
}

export async function setOption(key: OptionKey, value: string, db: DbOrTx = getDb()): Promise<void> {
  await db.option.upsert({ where: { key }, create: { key, value }, update: { value } });
  invalidateOptions();
}

export const optionBool = (options: Options, key: OptionKey): boolean => options[key] === "true";
export function optionNumber(options: Options, key: OptionKey): number {
  const value = Number(options[key]);
  return options[key].trim() !== "" && Number.isFinite(value) ? value : Number(OPTION_DEFAULTS[key]);
}

export function optionJson<T>(options: Options, key: OptionKey): T {
  try {
    return JSON.parse(options[key]) as T;
  } catch {
    return JSON.parse(OPTION_DEFAULTS[key]) as T;
  }
}
