import { z } from "zod";
import { passwordField, usernameField } from "./user";

export const userCreateSchema = z.object({
  username: usernameField,
  password: passwordField,
  display_name: z.string().trim().max(64).optional(),
  role: z.union([z.literal(1), z.literal(10)]).default(1),
  group: z.string().trim().min(1).max(64).default("default"),
  quota: z.number().int().min(0).default(0),
});

export const userUpdateSchema = z.object({
  id: z.number().int().positive(),
  username: usernameField.optional(),
  display_name: z.string().trim().max(64).optional(),
  group: z.string().trim().min(1).max(64).optional(),
  quota: z.number().int().min(0).optional(),
  password: z.union([passwordField, z.literal("")]).optional(),
  role: z.union([z.literal(1), z.literal(10)]).optional(),
});

export const userManageSchema = z.discriminatedUnion("action", [
  z.object({ id: z.number().int().positive(), action: z.enum(["enable", "disable", "promote", "demote", "delete"]) }),
  z.object({ id: z.number().int().positive(), action: z.literal("add_quota"), mode: z.enum(["add", "subtract", "override"]).default("add"), value: z.number().int().min(0) }),
], { error: "action must be enable, disable, promote, demote, delete or add_quota" });

export const selfUpdateSchema = z.object({
  display_name: z.string().trim().max(64).optional(),
  password: passwordField.optional(),
  original_password: z.string().max(256).optional(),
});
