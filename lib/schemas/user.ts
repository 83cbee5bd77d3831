// User bodies and queries: sign-in, set-up, registration, self-service and admin management.
import { z } from "zod";
import { pageQuery } from "../http/pagination";
import { dbId } from "./common";

export const passwordField = z.string().min(8, "password needs at least 8 characters").max(256);
export const usernameField = z.string().trim().min(3, "username needs 3 to 32 characters").max(32, "username needs 3 to 32 characters").regex(/^[\w.-]+$/, "username may use letters, digits, _ . -");

/** Sign-in, for POST /api/user/login and the Auth.js credentials provider alike. */
export const credentialsSchema = z.object({
  username: z.string().trim().min(1, "username is required").max(64),
  password: z.string().min(1, "password is required").max(256),
});

export const setupSchema = z.object({ username: usernameField, password: passwordField });

export const userSearchQuery = pageQuery.extend({ keyword: z.string().max(100).optional(), group: z.string().max(64).optional() });

export const userCreateSchema = z.object({
  username: usernameField,
  password: passwordField,
  display_name: z.string().trim().max(64).optional(),
  role: z.union([z.literal(1), z.literal(10)]).default(1),
  group: z.string().trim().min(1).max(64).default("default"),
  quota: z.number().int().min(0).default(0),
});

export const userUpdateSchema = z.object({
  id: dbId,
  username: usernameField.optional(),
  display_name: z.string().trim().max(64).optional(),
  group: z.string().trim().min(1).max(64).optional(),
  quota: z.number().int().min(0).optional(),
  password: z.union([passwordField, z.literal("")]).optional(),
  role: z.union([z.literal(1), z.literal(10)]).optional(),
});

export const userManageSchema = z.discriminatedUnion("action", [
  z.object({ id: dbId, action: z.enum(["enable", "disable", "promote", "demote", "delete"]) }),
  z.object({ id: dbId, action: z.literal("add_quota"), mode: z.enum(["add", "subtract", "override"]).default("add"), value: z.number().int().min(0) }),
], { error: "action must be enable, disable, promote, demote, delete or add_quota" });

export const selfUpdateSchema = z.object({
  display_name: z.string().trim().max(64).optional(),
  password: passwordField.optional(),
  original_password: z.string().max(256).optional(),
});

export const userListQuery = pageQuery;

/** new-api's user object as answers carry it (lib/users/user-select.ts userOutput). */
export const userOutputSchema = z.strictObject({
  id: z.number().int(), username: z.string(), display_name: z.string(), email: z.string(),
  role: z.number().int(), status: z.number().int(), group: z.string(), quota: z.number(), used_quota: z.number(), request_count: z.number().int(),
  github_id: z.string(), wechat_id: z.string(), oidc_id: z.string(), telegram_id: z.string(), linux_do_id: z.string(), discord_id: z.string(),
  aff_code: z.string(), aff_count: z.number(), aff_quota: z.number(), aff_history_quota: z.number(), inviter_id: z.number(),
  remark: z.string(), setting: z.string(), created_at: z.number().int(), DeletedAt: z.null(),
});
export type UserOutput = z.infer<typeof userOutputSchema>;
