// What the channel filters offer: every group and tag in use, and how many channels were
// disabled automatically (the admin alert banner).
import { getDb } from "../db";
import { CHANNEL_STATUS } from "./channel-status";

export async function channelFacets(): Promise<{ groups: string[]; tags: string[] }> {
  const rows = await getDb().channel.findMany({ select: { group: true, tag: true } });
  const groups = new Set(rows.flatMap((row) => row.group.split(",").map((group) => group.trim()).filter(Boolean)));
  const tags = new Set(rows.map((row) => row.tag).filter(Boolean));
  return { groups: [...groups].sort(), tags: [...tags].sort() };
}

export async function autoDisabledChannelCount(): Promise<number> {
  return getDb().channel.count({ where: { status: CHANNEL_STATUS.autoDisabled } });
}
