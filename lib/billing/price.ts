import { ApiError } from "../http/errors";
import { DEFAULT_MODEL_PRICES } from "../options/defaults";
import { optionJson, type Options } from "../options/options";

import { QUOTA_PER_USD } from "./units";

export interface Charge {
  quota: bigint;
  price: number;
  groupRatio: number;
  modeMultiplier: number;
}

/** charge = round(price × group ratio × mode multiplier × 500,000), SPEC §2. */
export function priceFor(options: Options, model: string, group: string, mode: string): Charge {
  const prices = optionJson<Record<string, number>>(options, "ModelPrice");
  const price = prices[model] ?? DEFAULT_MODEL_PRICES[model] ?? 0.1;
  const ratios = optionJson<Record<string, number>>(options, "GroupRatio");
  const groupRatio = ratios[group];
  if (groupRatio === undefined) throw new ApiError("forbidden", `The group "${group}" has no ratio configured; ask an admin to add it.`, 4);
  const modeMultiplier = mode ? (optionJson<Record<string, number>>(options, "ModeMultiplier")[mode] ?? 1) : 1;
  const quota = BigInt(Math.round(price * groupRatio * modeMultiplier * QUOTA_PER_USD));
  return { quota, price, groupRatio, modeMultiplier };
}
