import { DEFAULT_MODEL_PRICES } from "../options/defaults";
import { optionJson, type Options } from "../options/options";
import { QUOTA_PER_USD } from "./units";

/** new-api's /api/pricing: per-call models (quota_type 1) with the groups they can be used in. */
export function pricingTable(options: Options) {
  const prices = { ...DEFAULT_MODEL_PRICES, ...optionJson<Record<string, number>>(options, "ModelPrice") };
  const groupRatio = optionJson<Record<string, number>>(options, "GroupRatio");
  const groups = Object.keys(groupRatio);
  return {
    data: Object.entries(prices).map(([model, price]) => ({
      model_name: model, quota_type: 1, model_ratio: 0, model_price: price, completion_ratio: 0,
      quota: Math.round(price * QUOTA_PER_USD), enable_groups: groups,
    })),
    group_ratio: groupRatio,
    mode_multiplier: optionJson<Record<string, number>>(options, "ModeMultiplier"),
  };
}
