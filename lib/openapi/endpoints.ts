// The API's catalogue for the OpenAPI document: each entry names the zod schemas its
// handler parses, so the document cannot drift from validation.
import { z } from "zod";
import { actionSchema, blendSchema, changeSchema, describeSchema, imagineSchema, listByConditionSchema, modalSchema, shortenSchema, simpleChangeSchema } from "../schemas/relay";
import { channelCreateSchema, channelUpdateSchema } from "../schemas/channel";
import { tokenCreateSchema, tokenUpdateSchema } from "../schemas/token";
import { loginSchema, setupSchema } from "../schemas/user";
import { selfUpdateSchema, userCreateSchema, userManageSchema, userUpdateSchema } from "../schemas/user-admin";
import { adminLogQuery, selfLogQuery } from "../schemas/log";
import { pageQuery } from "../http/pagination";
import { taskListQuery } from "../tasks/task-list-query";

export type Auth = "relay" | "public" | "user" | "admin" | "root";

export interface Endpoint {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  tag: "Relay" | "Auth" | "Users" | "API keys" | "Channels" | "Settings" | "Logs" | "Tasks" | "Notify";
  auth: Auth;
  body?: z.ZodType;
  query?: z.ZodType;
}

const submit = (path: string, summary: string, body: z.ZodType): Endpoint => ({ method: "post", path: `/mj/submit/${path}`, summary, tag: "Relay", auth: "relay", body });

export const ENDPOINTS: Endpoint[] = [
  submit("imagine", "Start an IMAGINE task", imagineSchema),
  submit("change", "Upscale, vary or reroll a finished task", changeSchema),
  submit("simple-change", "Shorthand of change: \"<taskId> U2\"", simpleChangeSchema),
  submit("describe", "Image to prompts", describeSchema),
  submit("blend", "Blend 2–5 images", blendSchema),
  submit("action", "Press a button (customId) of a finished task", actionSchema),
  submit("modal", "Confirm a task waiting in MODAL", modalSchema),
  submit("shorten", "Shorten a prompt", shortenSchema),
  { method: "get", path: "/mj/task/{id}/fetch", summary: "One of your tasks", tag: "Relay", auth: "relay" },
  { method: "post", path: "/mj/task/list-by-condition", summary: "Your tasks among ids", tag: "Relay", auth: "relay", body: listByConditionSchema },
  { method: "get", path: "/mj/task/{id}/image-seed", summary: "The seed of a task's image (forwarded upstream)", tag: "Relay", auth: "relay" },
  { method: "get", path: "/mj/image/{id}", summary: "A task's image (signed link from imageUrl)", tag: "Relay", auth: "public" },

  { method: "post", path: "/api/user/login", summary: "Sign in; sets the session cookie", tag: "Auth", auth: "public", body: loginSchema },
  { method: "get", path: "/api/user/logout", summary: "Sign out", tag: "Auth", auth: "public" },
  { method: "post", path: "/api/user/register", summary: "Create an account (when self-registration is on)", tag: "Auth", auth: "public", body: setupSchema },
  { method: "post", path: "/api/setup", summary: "First run: create the root user", tag: "Auth", auth: "public", body: setupSchema },
  { method: "get", path: "/api/user/token", summary: "Issue a new access token (replaces the old one)", tag: "Auth", auth: "user" },
  { method: "get", path: "/api/user/self", summary: "Your account", tag: "Users", auth: "user" },
  { method: "put", path: "/api/user/self", summary: "Change your display name or password", tag: "Users", auth: "user", body: selfUpdateSchema },
  { method: "get", path: "/api/user/self/webhook", summary: "The secret that signs your notify hooks", tag: "Notify", auth: "user" },
  { method: "post", path: "/api/user/self/webhook", summary: "Rotate the webhook secret", tag: "Notify", auth: "user" },
  { method: "get", path: "/api/user/", summary: "List users", tag: "Users", auth: "admin", query: pageQuery },
  { method: "get", path: "/api/user/search", summary: "Search users", tag: "Users", auth: "admin", query: pageQuery.extend({ keyword: z.string().optional(), group: z.string().optional() }) },
  { method: "post", path: "/api/user/", summary: "Create a user", tag: "Users", auth: "admin", body: userCreateSchema },
  { method: "put", path: "/api/user/", summary: "Update a user", tag: "Users", auth: "admin", body: userUpdateSchema },
  { method: "get", path: "/api/user/{id}", summary: "One user", tag: "Users", auth: "admin" },
  { method: "delete", path: "/api/user/{id}", summary: "Delete a user", tag: "Users", auth: "admin" },
  { method: "post", path: "/api/user/manage", summary: "Enable, disable, promote, demote, delete, add_quota", tag: "Users", auth: "admin", body: userManageSchema },

  { method: "get", path: "/api/token/", summary: "Your API keys", tag: "API keys", auth: "user", query: pageQuery },
  { method: "get", path: "/api/token/search", summary: "Search your API keys", tag: "API keys", auth: "user", query: pageQuery.extend({ keyword: z.string().optional() }) },
  { method: "post", path: "/api/token/", summary: "Create an API key", tag: "API keys", auth: "user", body: tokenCreateSchema },
  { method: "put", path: "/api/token/", summary: "Update an API key (?status_only=true for status alone)", tag: "API keys", auth: "user", body: tokenUpdateSchema },
  { method: "get", path: "/api/token/{id}", summary: "One API key (masked)", tag: "API keys", auth: "user" },
  { method: "delete", path: "/api/token/{id}", summary: "Delete an API key", tag: "API keys", auth: "user" },
  { method: "post", path: "/api/token/{id}/key", summary: "Reveal the full key", tag: "API keys", auth: "user" },

  { method: "get", path: "/api/channel/", summary: "List channels", tag: "Channels", auth: "admin", query: pageQuery },
  { method: "get", path: "/api/channel/search", summary: "Search channels", tag: "Channels", auth: "admin", query: pageQuery.extend({ keyword: z.string().optional(), group: z.string().optional(), model: z.string().optional() }) },
  { method: "post", path: "/api/channel/", summary: "Create a channel (the object, or {mode, channel})", tag: "Channels", auth: "admin", body: channelCreateSchema },
  { method: "put", path: "/api/channel/", summary: "Update a channel (empty key keeps the secret)", tag: "Channels", auth: "admin", body: channelUpdateSchema },
  { method: "get", path: "/api/channel/{id}", summary: "One channel", tag: "Channels", auth: "admin" },
  { method: "delete", path: "/api/channel/{id}", summary: "Delete a channel", tag: "Channels", auth: "admin" },
  { method: "get", path: "/api/channel/test/{id}", summary: "Test reachability and secret", tag: "Channels", auth: "admin" },

  { method: "get", path: "/api/option/", summary: "All settings", tag: "Settings", auth: "root" },
  { method: "put", path: "/api/option/", summary: "Change one setting", tag: "Settings", auth: "root", body: z.object({ key: z.string(), value: z.string() }) },
  { method: "get", path: "/api/group/", summary: "Group names", tag: "Settings", auth: "admin" },
  { method: "get", path: "/api/pricing", summary: "Prices and group ratios", tag: "Settings", auth: "public" },

  { method: "get", path: "/api/log/", summary: "All quota logs", tag: "Logs", auth: "admin", query: adminLogQuery },
  { method: "get", path: "/api/log/self", summary: "Your quota logs", tag: "Logs", auth: "user", query: selfLogQuery },
  { method: "get", path: "/api/mj/self", summary: "Your Midjourney tasks", tag: "Tasks", auth: "user", query: taskListQuery.omit({ channel_id: true }) },
  { method: "get", path: "/api/mj/", summary: "Everyone's Midjourney tasks", tag: "Tasks", auth: "admin", query: taskListQuery },
  { method: "get", path: "/api/notify/self", summary: "Your notify-hook deliveries and attempts", tag: "Notify", auth: "user", query: pageQuery.extend({ mj_id: z.string().optional() }) },
  { method: "post", path: "/api/notify/{id}/redeliver", summary: "Send a notify-hook event again", tag: "Notify", auth: "user" },
];
