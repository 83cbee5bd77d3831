import { z } from "zod";
import { pageQuery } from "../http/pagination";
import { dbId, int32 } from "./common";
import { partialUpdate } from "./partial-update";

const channelFields = z.object({
  type: z.union([z.literal(2), z.literal(5)], { error: "type must be 2 (Midjourney Proxy) or 5 (Midjourney Proxy Plus)" }).default(2),
  name: z.string().trim().min(1, "name is required").max(100),
  base_url: z.string().trim().url("base_url must be an http(s) URL").refine((u) => /^https?:\/\//.test(u), "base_url must be an http(s) URL"),
  key: z.string().max(1000).default(""),
  status: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  group: z.string().trim().max(500).default("default"),
  models: z.string().trim().max(4000).default(""),
  priority: int32().default(0),
  weight: int32(0).default(0),
  auto_ban: z.union([z.literal(0), z.literal(1)]).default(1),
  // 1: the upstream pushes task changes to the channel's callback_url (sent as notifyHook).
  push_updates: z.union([z.literal(0), z.literal(1)]).default(0),
  tag: z.string().max(100).default(""),
});

/** Create: the channel object itself (new-api classic), or {mode:"single", channel}. */
export const channelCreateSchema = z.preprocess(
  (body) => (body && typeof body === "object" && "channel" in body ? (body as { channel: unknown }).channel : body),
  channelFields,
);

export const channelUpdateSchema = z.preprocess(
  (body) => (body && typeof body === "object" && "channel" in body ? (body as { channel: unknown }).channel : body),
  partialUpdate(channelFields).extend({ id: dbId }),
);

export function channelInputFrom(body: Partial<z.infer<typeof channelFields>>) {
  return {
    type: body.type, name: body.name, baseUrl: body.base_url, key: body.key, status: body.status, group: body.group,
    models: body.models, priority: body.priority, weight: body.weight, autoBan: body.auto_ban, tag: body.tag, pushUpdates: body.push_updates,
  };
}

// new-api's channel list filters: status=enabled|disabled (or 1, 0 for disabled, 2, 3),
// type=<channel type>, id_sort=true for newest first; tag_mode is accepted and has no effect.
const channelFilters = {
  status: z
    .string()
    .optional()
    .transform((value): "enabled" | "disabled" | number | undefined =>
      value === "enabled" || value === "1" ? "enabled" : value === "disabled" || value === "0" ? "disabled" : value === "2" || value === "3" ? Number(value) : undefined),
  type: z.coerce.number().int().optional().catch(undefined),
  id_sort: z.string().optional().transform((value) => value === "true"),
  tag_mode: z.string().optional(),
  tag: z.string().max(100).optional(),
};

export const channelListQuery = pageQuery.extend(channelFilters);

export const channelSearchQuery = pageQuery.extend({
  keyword: z.string().max(100).optional(),
  group: z.string().max(64).optional(),
  model: z.string().max(64).optional(),
  ...channelFilters,
});

export function channelFilterFrom(query: z.infer<typeof channelSearchQuery> | z.infer<typeof channelListQuery>) {
  return {
    ...("keyword" in query ? { keyword: query.keyword, group: query.group, model: query.model } : {}),
    status: query.status, type: query.type, idSort: query.id_sort, tag: query.tag,
  };
}

const ids = z.array(z.number().int().positive()).min(1, "ids needs at least one channel id").max(1000);
export const channelIdsSchema = z.object({ ids });
export const channelBatchTagSchema = z.object({ ids, tag: z.string().max(100) });
export const channelTagSchema = z.object({ tag: z.string().max(100) });
export const channelTagEditSchema = z.object({
  tag: z.string().max(100),
  new_tag: z.string().max(100).optional(),
  priority: z.number().int().min(-(2 ** 31)).max(2 ** 31 - 1).optional(),
  weight: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  models: z.string().trim().max(4000).optional(),
  groups: z.string().trim().max(500).optional(),
});

/** new-api's channel object as answers carry it (never the key); other_info is JSON text. */
export const channelOutputSchema = z.strictObject({
  id: z.number().int(), type: z.number().int(), name: z.string(), base_url: z.string(), status: z.number().int(), status_reason: z.string(),
  group: z.string(), models: z.string(), priority: z.number().int(), weight: z.number().int(), auto_ban: z.number().int(), tag: z.string(),
  used_quota: z.number(), balance: z.number(), balance_updated_time: z.number(), response_time: z.number(), test_time: z.number(),
  created_time: z.number(), other_info: z.string(), other: z.string(), remark: z.string(), setting: z.string(), model_mapping: z.string(),
  status_code_mapping: z.string(), test_model: z.string(),
  // Push updates (ours): whether the upstream is sent the callback, and the secret callback URL (admins only).
  push_updates: z.number().int(), callback_url: z.string().optional(),
  channel_info: z.strictObject({ is_multi_key: z.boolean(), multi_key_size: z.number(), multi_key_status_list: z.record(z.string(), z.unknown()), multi_key_mode: z.string() }),
});
export type ChannelOutput = z.infer<typeof channelOutputSchema>;
