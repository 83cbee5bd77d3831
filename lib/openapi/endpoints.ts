// The API's catalogue for the OpenAPI document. Schemas come only from lib/schemas (and the
// submit kinds from their table); lib/openapi/document.test.ts checks every route file
// against this list, so the document cannot drift from what the handlers accept.
import type { z } from "zod";
import { SUBMIT_KINDS } from "../relay/submit-kinds";
import { listByConditionSchema } from "../schemas/relay";
import { channelCreateSchema, channelListQuery, channelSearchQuery, channelUpdateSchema } from "../schemas/channel";
import { tokenCreateSchema, tokenListQuery, tokenSearchQuery, tokenUpdateQuery, tokenUpdateSchema } from "../schemas/token";
import {
  credentialsSchema, selfUpdateSchema, setupSchema, userCreateSchema, userListQuery, userManageSchema, userSearchQuery, userUpdateSchema,
} from "../schemas/user";
import { adminLogQuery, selfLogQuery } from "../schemas/log";
import { optionUpdateSchema } from "../schemas/option";
import { deliveryListQuery } from "../schemas/notify";
import { selfTaskListQuery, taskListQuery } from "../schemas/task";

export type Auth = "relay" | "public" | "user" | "admin" | "root";
export type Method = "get" | "post" | "put" | "delete";

export interface Endpoint {
  method: Method;
  path: string;
  summary: string;
  tag: "Relay" | "Auth" | "Users" | "API keys" | "Channels" | "Settings" | "Logs" | "Tasks" | "Notify";
  auth: Auth;
  body?: z.ZodType;
  query?: z.ZodType;
}

const relaySubmits: Endpoint[] = Object.values(SUBMIT_KINDS).map((kind) => ({
  method: "post", path: `/mj/${kind.path}`, summary: kind.summary, tag: "Relay", auth: "relay", body: kind.schema,
}));

export const ENDPOINTS: Endpoint[] = [
  ...relaySubmits,
  { method: "get", path: "/mj/task/{id}/fetch", summary: "One of your tasks", tag: "Relay", auth: "relay" },
  { method: "post", path: "/mj/task/list-by-condition", summary: "Your tasks among ids", tag: "Relay", auth: "relay", body: listByConditionSchema },
  { method: "get", path: "/mj/task/{id}/image-seed", summary: "The seed of a task's image (forwarded upstream)", tag: "Relay", auth: "relay" },
  { method: "get", path: "/mj/image/{id}", summary: "A task's image (signed link from imageUrl)", tag: "Relay", auth: "public" },
  { method: "post", path: "/mj/notify/{channelId}/{secret}", summary: "A channel's upstream pushes a task change (its secret callback_url)", tag: "Relay", auth: "public" },

  { method: "post", path: "/api/user/login", summary: "Sign in; sets the session cookie", tag: "Auth", auth: "public", body: credentialsSchema },
  { method: "get", path: "/api/user/logout", summary: "Sign out", tag: "Auth", auth: "public" },
  { method: "post", path: "/api/user/register", summary: "Create an account (when self-registration is on)", tag: "Auth", auth: "public", body: setupSchema },
  { method: "post", path: "/api/setup", summary: "First run: create the root user", tag: "Auth", auth: "public", body: setupSchema },
  { method: "get", path: "/api/user/token", summary: "Issue a new access token (replaces the old one)", tag: "Auth", auth: "user" },
  { method: "get", path: "/api/user/self", summary: "Your account", tag: "Users", auth: "user" },
  { method: "put", path: "/api/user/self", summary: "Change your display name or password", tag: "Users", auth: "user", body: selfUpdateSchema },
  { method: "get", path: "/api/user/self/webhook", summary: "The secret that signs your notify hooks", tag: "Notify", auth: "user" },
  { method: "post", path: "/api/user/self/webhook", summary: "Rotate the webhook secret", tag: "Notify", auth: "user" },
  { method: "get", path: "/api/user/", summary: "List users", tag: "Users", auth: "admin", query: userListQuery },
  { method: "get", path: "/api/user/search", summary: "Search users", tag: "Users", auth: "admin", query: userSearchQuery },
  { method: "post", path: "/api/user/", summary: "Create a user", tag: "Users", auth: "admin", body: userCreateSchema },
  { method: "put", path: "/api/user/", summary: "Update a user", tag: "Users", auth: "admin", body: userUpdateSchema },
  { method: "get", path: "/api/user/{id}", summary: "One user", tag: "Users", auth: "admin" },
  { method: "delete", path: "/api/user/{id}", summary: "Delete a user", tag: "Users", auth: "admin" },
  { method: "post", path: "/api/user/manage", summary: "Enable, disable, promote, demote, delete, add_quota", tag: "Users", auth: "admin", body: userManageSchema },

  { method: "get", path: "/api/token/", summary: "Your API keys", tag: "API keys", auth: "user", query: tokenListQuery },
  { method: "get", path: "/api/token/search", summary: "Search your API keys", tag: "API keys", auth: "user", query: tokenSearchQuery },
  { method: "post", path: "/api/token/", summary: "Create an API key", tag: "API keys", auth: "user", body: tokenCreateSchema },
  { method: "put", path: "/api/token/", summary: "Update an API key (?status_only=true for status alone)", tag: "API keys", auth: "user", body: tokenUpdateSchema, query: tokenUpdateQuery },
  { method: "get", path: "/api/token/{id}", summary: "One API key (masked)", tag: "API keys", auth: "user" },
  { method: "delete", path: "/api/token/{id}", summary: "Delete an API key", tag: "API keys", auth: "user" },
  { method: "post", path: "/api/token/{id}/key", summary: "Reveal the full key", tag: "API keys", auth: "user" },

  { method: "get", path: "/api/channel/", summary: "List channels", tag: "Channels", auth: "admin", query: channelListQuery },
  { method: "get", path: "/api/channel/search", summary: "Search channels", tag: "Channels", auth: "admin", query: channelSearchQuery },
  { method: "post", path: "/api/channel/", summary: "Create a channel (the object, or {mode, channel})", tag: "Channels", auth: "admin", body: channelCreateSchema },
  { method: "put", path: "/api/channel/", summary: "Update a channel (empty key keeps the secret)", tag: "Channels", auth: "admin", body: channelUpdateSchema },
  { method: "get", path: "/api/channel/{id}", summary: "One channel", tag: "Channels", auth: "admin" },
  { method: "delete", path: "/api/channel/{id}", summary: "Delete a channel", tag: "Channels", auth: "admin" },
  { method: "get", path: "/api/channel/test/{id}", summary: "Test reachability and secret", tag: "Channels", auth: "admin" },

  { method: "get", path: "/api/option/", summary: "All settings", tag: "Settings", auth: "root" },
  { method: "put", path: "/api/option/", summary: "Change one setting", tag: "Settings", auth: "root", body: optionUpdateSchema },
  { method: "get", path: "/api/group/", summary: "Group names", tag: "Settings", auth: "admin" },
  { method: "get", path: "/api/pricing", summary: "Prices and group ratios", tag: "Settings", auth: "public" },

  { method: "get", path: "/api/log/", summary: "All quota logs", tag: "Logs", auth: "admin", query: adminLogQuery },
  { method: "get", path: "/api/log/self", summary: "Your quota logs", tag: "Logs", auth: "user", query: selfLogQuery },
  { method: "get", path: "/api/mj/self", summary: "Your Midjourney tasks", tag: "Tasks", auth: "user", query: selfTaskListQuery },
  { method: "get", path: "/api/mj/", summary: "Everyone's Midjourney tasks", tag: "Tasks", auth: "admin", query: taskListQuery },
  { method: "get", path: "/api/notify/self", summary: "Your notify-hook deliveries and attempts", tag: "Notify", auth: "user", query: deliveryListQuery },
  { method: "post", path: "/api/notify/{id}/redeliver", summary: "Send a notify-hook event again", tag: "Notify", auth: "user" },
  { method: "get", path: "/api/openapi.json", summary: "This document", tag: "Settings", auth: "public" },
];
