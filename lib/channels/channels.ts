// Channels (upstream midjourney-proxy servers). The secret `key` is write-only: it is
// selected only where a request is forwarded, never by anything that answers a client.
import { getDb, type DbOrTx } from "../db";
import { forgetEnabledChannels } from "./select-channel";
import { callbackUrl, newCallbackSecret } from "./callback";
import { ApiError } from "../http/errors";
import { nowSec } from "../time";

import { CHANNEL_STATUS } from "./channel-status";
export const CHANNEL_TYPES = { 2: "Midjourney Proxy", 5: "Midjourney Proxy Plus" } as const;

export const channelSelect = {
  id: true, type: true, name: true, baseUrl: true, status: true, statusReason: true, group: true, models: true,
  priority: true, weight: true, autoBan: true, tag: true, usedQuota: true, responseTime: true, testTime: true, createdTime: true,
  pushUpdates: true, callbackSecret: true,
} as const;

export interface ChannelInput {
  type?: number; name?: string; baseUrl?: string; key?: string; status?: number; group?: string; models?: string;
  priority?: number; weight?: number; autoBan?: number; tag?: string; pushUpdates?: number;
}

type ChannelRow = { id: number; type: number; name: string; baseUrl: string; status: number; statusReason: string; group: string; models: string; priority: number; weight: number; autoBan: number; tag: string; usedQuota: bigint; responseTime: number; testTime: bigint; createdTime: bigint; pushUpdates: number; callbackSecret: string };

/** new-api's channel object; with `base` (admins' answers) also the secret callback URL for push updates. */
export function channelOutput(channel: ChannelRow, base?: string) {
  return {
    push_updates: channel.pushUpdates,
    ...(base !== undefined && channel.callbackSecret ? { callback_url: callbackUrl(base, channel) } : {}),
    id: channel.id, type: channel.type, name: channel.name, base_url: channel.baseUrl, status: channel.status,
    status_reason: channel.statusReason, group: channel.group, models: channel.models, priority: channel.priority,
    weight: channel.weight, auto_ban: channel.autoBan, tag: channel.tag, used_quota: Number(channel.usedQuota),
    response_time: channel.responseTime, test_time: Number(channel.testTime), created_time: Number(channel.createdTime),
  };
}

const trimSlash = (url: string) => url.replace(/\/+$/, "");

export async function createChannel(input: ChannelInput & { name: string; baseUrl: string }, db: DbOrTx = getDb()) {
  const created = await db.channel.create({
    data: { ...input, baseUrl: trimSlash(input.baseUrl), createdTime: BigInt(nowSec()), callbackSecret: newCallbackSecret() },
    select: channelSelect,
  });
  // Other instances see the change within a second (the cache's life); this one at once.
  forgetEnabledChannels();
  return created;
}

export async function getChannelOrThrow(id: number, db: DbOrTx = getDb()) {
  const channel = await db.channel.findUnique({ where: { id }, select: channelSelect });
  if (!channel) throw new ApiError("not_found", `No channel with id ${id}.`);
  return channel;
}

export async function updateChannel(id: number, input: ChannelInput, db: DbOrTx = getDb()) {
  await getChannelOrThrow(id, db);
  // An empty key in an update means "keep the current secret" (it is never sent to the UI).
  const { key, ...rest } = input;
  const statusReason = input.status === CHANNEL_STATUS.enabled ? "" : undefined;
  const updated = await db.channel.update({
    where: { id },
    data: { ...rest, ...(key ? { key } : {}), ...(rest.baseUrl ? { baseUrl: trimSlash(rest.baseUrl) } : {}), statusReason, ...(input.status === CHANNEL_STATUS.enabled ? { failCount: 0 } : {}) },
    select: channelSelect,
  });
  forgetEnabledChannels();
  return updated;
}

export async function deleteChannel(id: number, db: DbOrTx = getDb()) {
  const { count } = await db.channel.deleteMany({ where: { id } });
  forgetEnabledChannels();
  if (count === 0) throw new ApiError("not_found", `No channel with id ${id}.`);
}

export async function listChannels(page: { skip: number; take: number }, filter: { keyword?: string; group?: string; model?: string } = {}, db: DbOrTx = getDb()) {
  const where = {
    ...(filter.keyword ? { OR: [{ name: { contains: filter.keyword } }, { baseUrl: { contains: filter.keyword } }] } : {}),
    ...(filter.group ? { group: { contains: filter.group } } : {}),
    ...(filter.model ? { models: { contains: filter.model } } : {}),
  };
  const [items, total] = await Promise.all([
    db.channel.findMany({ where, select: channelSelect, orderBy: [{ priority: "desc" }, { id: "asc" }], skip: page.skip, take: page.take }),
    db.channel.count({ where }),
  ]);
  return { items, total };
}

/** What forwarding needs, secrets included. Not for answers to clients. */
export const upstreamSelect = { id: true, name: true, baseUrl: true, key: true, status: true, autoBan: true, pushUpdates: true, callbackSecret: true } as const;

export async function getChannelForUpstream(id: number, db: DbOrTx = getDb()) {
  return db.channel.findUnique({ where: { id }, select: upstreamSelect });
}

export type UpstreamChannel = NonNullable<Awaited<ReturnType<typeof getChannelForUpstream>>>;
