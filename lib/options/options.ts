// Settings read from the options table over the defaults. Cached for a second so a busy
// relay does not read the table per request, yet every instance sees a change quickly.
import { getDb, type DbOrTx } from "../db";
import { OPTION_DEFAULTS, OPTION_KEYS, type OptionKey } from "./defaults";

export type Options = Record<OptionKey, string>;

const CACHE_MS = 1000;
let cache: { at: number; value: Options } | undefined;

export async function getOptions(db: DbOrTx = getDb()): Promise<Options> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.value;
  const rows = await db.option.findMany({ select: { key: true, value: true } });
  const value: Options = { ...OPTION_DEFAULTS };
  for (const row of rows) if ((OPTION_KEYS as string[]).includes(row.key)) value[row.key as OptionKey] = row.value;
  cache = { at: Date.now(), value };
  return value;
}

export function invalidateOptions(): void {
  cache = undefined;
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
