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
