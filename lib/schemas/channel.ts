import { z } from "zod";
import { pageQuery } from "../http/pagination";
import { partialUpdate } from "./partial-update";

const channelFields = z.object({
  type: z.union([z.literal(2), z.literal(5)], { error: "type must be 2 (Midjourney Proxy) or 5 (Midjourney Proxy Plus)" }).default(2),
  name: z.string().trim().min(1, "name is required").max(100),
  base_url: z.string().trim().url("base_url must be an http(s) URL").refine((u) => /^https?:\/\//.test(u), "base_url must be an http(s) URL"),
  key: z.string().max(1000).default(""),
  status: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  group: z.string().trim().max(500).default("default"),
  models: z.string().trim().max(4000).default(""),
  priority: z.number().int().default(0),
  weight: z.number().int().min(0).default(0),
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
  partialUpdate(channelFields).extend({ id: z.number().int().positive() }),
);

export function channelInputFrom(body: Partial<z.infer<typeof channelFields>>) {
  return {
    type: body.type, name: body.name, baseUrl: body.base_url, key: body.key, status: body.status, group: body.group,
    models: body.models, priority: body.priority, weight: body.weight, autoBan: body.auto_ban, tag: body.tag, pushUpdates: body.push_updates,
  };
}

export const channelSearchQuery = pageQuery.extend({
  keyword: z.string().max(100).optional(),
  group: z.string().max(64).optional(),
  model: z.string().max(64).optional(),
});
export const channelListQuery = pageQuery;
