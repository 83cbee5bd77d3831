// Channels (upstream midjourney-proxy servers). The secret `key` is write-only: it is
// selected only where a request is forwarded, never by anything that answers a client.
import { getDb, type DbOrTx } from "../db";
import { forgetEnabledChannels } from "./select-channel";
import { callbackUrl, newCallbackSecret } from "./callback";
import { ApiError } from "../http/errors";
import { nowSec } from "../time";

import { CHANNEL_STATUS } from "./channel-status";
import type { ChannelOutput } from "../schemas/channel";
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

const AUTO_DISABLED_AT = /^Disabled automatically at (\S+): /;

/** When and why a channel was disabled automatically, as new-api keeps it in other_info. */
export function autoDisabledInfo(channel: Pick<ChannelRow, "status" | "statusReason">): { status_reason: string; status_time: number } | null {
  if (channel.status !== CHANNEL_STATUS.autoDisabled) return null;
  const at = AUTO_DISABLED_AT.exec(channel.statusReason);
  return {
    status_reason: channel.statusReason.replace(AUTO_DISABLED_AT, ""),
    status_time: at ? Math.floor(Date.parse(at[1]!) / 1000) || 0 : 0,
  };
}

/**
 * new-api's channel object (never the key). Its front-end also reads fields Midjourney
 * channels have no use for; they are sent empty (other_info must parse as JSON). With `base`
 * (admins' answers) it also carries the secret callback URL for push updates.
 */
export function channelOutput(channel: ChannelRow, base?: string): ChannelOutput {
  return {
    push_updates: channel.pushUpdates,
    ...(base && channel.callbackSecret ? { callback_url: callbackUrl(base, channel) } : {}),
    id: channel.id, type: channel.type, name: channel.name, base_url: channel.baseUrl, status: channel.status,
    status_reason: channel.statusReason, group: channel.group, models: channel.models, priority: channel.priority,
    weight: channel.weight, auto_ban: channel.autoBan, tag: channel.tag, used_quota: Number(channel.usedQuota),
    // Midjourney proxies report no balance.
    balance: 0, balance_updated_time: 0,
    response_time: channel.responseTime, test_time: Number(channel.testTime), created_time: Number(channel.createdTime),
    other_info: JSON.stringify(autoDisabledInfo(channel) ?? {}),
    other: "", remark: "", setting: "", model_mapping: "", status_code_mapping: "", test_model: "",
    channel_info: { is_multi_key: false, multi_key_size: 0, multi_key_status_list: {}, multi_key_mode: "" },
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

export interface ChannelFilter {
  keyword?: string;
  group?: string;
  model?: string;
  tag?: string;
  /** "enabled": status 1; "disabled": manually or automatically disabled; or one status number. */
  status?: "enabled" | "disabled" | number;
  type?: number;
  /** new-api's id_sort: newest id first instead of by priority. */
  idSort?: boolean;
}

function channelWhere(filter: ChannelFilter) {
  const status = filter.status === "enabled" ? CHANNEL_STATUS.enabled : filter.status === "disabled" ? { not: CHANNEL_STATUS.enabled } : filter.status;
  return {
    ...(filter.keyword ? { OR: [{ name: { contains: filter.keyword } }, { baseUrl: { contains: filter.keyword } }, ...(/^\d+$/.test(filter.keyword) ? [{ id: Number(filter.keyword) }] : [])] } : {}),
    ...(filter.group ? { group: { contains: filter.group } } : {}),
    ...(filter.model ? { models: { contains: filter.model } } : {}),
    ...(filter.tag ? { tag: filter.tag } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(filter.type !== undefined ? { type: filter.type } : {}),
  };
}

/**
 * Every channel's id and name, in the channel list's order: what the admin pages' channel
 * filters and columns need, in one query (a page of listChannels is three).
 */
export async function channelNames(db: DbOrTx = getDb()): Promise<{ id: number; name: string }[]> {
  return db.channel.findMany({ select: { id: true, name: true }, orderBy: [{ priority: "desc" }, { id: "asc" }] });
}

/** A page of channels, with new-api's per-type counts of everything the filter matches but the type. */
export async function listChannels(page: { skip: number; take: number }, filter: ChannelFilter = {}, db: DbOrTx = getDb()) {
  const where = channelWhere(filter);
  const orderBy = filter.idSort ? [{ id: "desc" as const }] : [{ priority: "desc" as const }, { id: "asc" as const }];
  const [items, total, types] = await Promise.all([
    db.channel.findMany({ where, select: channelSelect, orderBy, skip: page.skip, take: page.take }),
    db.channel.count({ where }),
    db.channel.groupBy({ by: ["type"], where: channelWhere({ ...filter, type: undefined }), _count: { _all: true } }),
  ]);
  return { items, total, typeCounts: Object.fromEntries(types.map((row) => [row.type, row._count._all])) as Record<number, number> };
}

/** What forwarding needs, secrets included. Not for answers to clients. */
export const upstreamSelect = { id: true, name: true, baseUrl: true, key: true, status: true, autoBan: true, pushUpdates: true, callbackSecret: true } as const;

export async function getChannelForUpstream(id: number, db: DbOrTx = getDb()) {
  return db.channel.findUnique({ where: { id }, select: upstreamSelect });
}

export type UpstreamChannel = NonNullable<Awaited<ReturnType<typeof getChannelForUpstream>>>;
