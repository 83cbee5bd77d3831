// Operations on many channels at once (new-api's batch, tag and clean-up endpoints; the
// admin pages' batch actions). Each is one statement.
import { getDb } from "../db";
import { CHANNEL_STATUS } from "./channel-status";

export async function deleteChannels(ids: number[]): Promise<number> {
  return (await getDb().channel.deleteMany({ where: { id: { in: ids } } })).count;
}

/** Deletes every disabled channel, manually or automatically disabled. */
export async function deleteDisabledChannels(): Promise<number> {
  return (await getDb().channel.deleteMany({ where: { status: { not: CHANNEL_STATUS.enabled } } })).count;
}

export async function setChannelsStatus(where: { ids?: number[]; tag?: string }, enabled: boolean): Promise<number> {
  const { count } = await getDb().channel.updateMany({
    where: { ...(where.ids ? { id: { in: where.ids } } : {}), ...(where.tag !== undefined ? { tag: where.tag } : {}) },
    // Enabling clears the auto-ban record; disabling by hand replaces it.
    data: enabled ? { status: CHANNEL_STATUS.enabled, statusReason: "", failCount: 0 } : { status: CHANNEL_STATUS.manuallyDisabled, statusReason: "" },
  });
  return count;
}

export async function tagChannels(ids: number[], tag: string): Promise<number> {
  return (await getDb().channel.updateMany({ where: { id: { in: ids } }, data: { tag } })).count;
}

export interface TagEdit { newTag?: string; priority?: number; weight?: number; models?: string; group?: string }

/** Changes every channel of a tag at once (new-api's PUT /api/channel/tag). */
export async function editTag(tag: string, edit: TagEdit): Promise<number> {
  const { count } = await getDb().channel.updateMany({
    where: { tag },
    data: {
      ...(edit.newTag !== undefined ? { tag: edit.newTag } : {}),
      ...(edit.priority !== undefined ? { priority: edit.priority } : {}),
      ...(edit.weight !== undefined ? { weight: edit.weight } : {}),
      ...(edit.models !== undefined ? { models: edit.models } : {}),
      ...(edit.group !== undefined ? { group: edit.group } : {}),
    },
  });
  return count;
}
