// Which models the enabled channels serve, per group: what new-api's front-end offers in its
// model pickers (/api/user/models, /api/channel/models).
import { getDb } from "../db";
import { MJ_MODELS } from "../options/defaults";
import { CHANNEL_STATUS } from "./channel-status";

const csv = (value: string) => value.split(",").map((v) => v.trim()).filter(Boolean);

/** Models of the enabled channels that serve any of `groups` (a channel without a model list serves them all). */
export async function modelsForGroups(groups: string[]): Promise<string[]> {
  const channels = await getDb().channel.findMany({ where: { status: CHANNEL_STATUS.enabled }, select: { group: true, models: true } });
  const models = new Set<string>();
  for (const channel of channels) {
    if (!csv(channel.group).some((group) => groups.includes(group))) continue;
    for (const model of csv(channel.models).length ? csv(channel.models) : MJ_MODELS) models.add(model);
  }
  return [...models].sort();
}
