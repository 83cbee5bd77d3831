// API key (new-api token) bodies, snake_case as new-api's clients send them.
import { z } from "zod";
import { pageQuery } from "../http/pagination";
import { dbId } from "./common";
import { partialUpdate } from "./partial-update";

export const tokenCreateSchema = z.object({
  name: z.string().trim().min(1, "name is required").max(50, "name is at most 50 characters"),
  expired_time: z.number().int().min(-1).default(-1),
  remain_quota: z.number().int().min(0).default(0),
  unlimited_quota: z.boolean().default(false),
  model_limits_enabled: z.boolean().default(false),
  model_limits: z.string().max(4000).default(""),
  allow_ips: z.string().max(4000).default(""),
  group: z.string().max(64).default(""),
});

export const tokenUpdateSchema = partialUpdate(tokenCreateSchema).extend({
  id: dbId,
  status: z.union([z.literal(1), z.literal(2)]).optional(),
});

export function tokenInputFrom(body: Partial<z.infer<typeof tokenCreateSchema>>) {
  return {
    name: body.name!, expiredTime: body.expired_time, remainQuota: body.remain_quota, unlimitedQuota: body.unlimited_quota,
    modelLimitsEnabled: body.model_limits_enabled, modelLimits: body.model_limits, allowIps: body.allow_ips, group: body.group,
  };
}

export const tokenSearchQuery = pageQuery.extend({ keyword: z.string().max(100).default("") });

/** PUT /api/token/?status_only=true changes the status alone (new-api's enable/disable switch). */
export const tokenUpdateQuery = z.object({ status_only: z.string().optional() });
export const tokenListQuery = pageQuery;

export const tokenIdsSchema = z.object({ ids: z.array(z.number().int().positive()).min(1, "ids needs at least one key id").max(100, "at most 100 keys at once") });

/** new-api's token object as answers carry it; key is masked and without "sk-". */
export const tokenOutputSchema = z.strictObject({
  id: z.number().int(), user_id: z.number().int(), name: z.string(), key: z.string(), status: z.number().int(),
  created_time: z.number().int(), accessed_time: z.number().int(), expired_time: z.number().int(), remain_quota: z.number(),
  unlimited_quota: z.boolean(), used_quota: z.number(), model_limits_enabled: z.boolean(), model_limits: z.string(),
  allow_ips: z.string(), group: z.string(),
});
export type TokenOutput = z.infer<typeof tokenOutputSchema>;
