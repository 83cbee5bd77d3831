// The API's catalogue for the OpenAPI document. Schemas come only from lib/schemas (and the
// submit kinds from their table); lib/openapi/document.test.ts checks every route file
// against this list, so the document cannot drift from what the handlers accept.
import type { z } from "zod";
import { SUBMIT_KINDS } from "../relay/submit-kinds";
import { listByConditionSchema, relayTaskSchema, submitEnvelopeSchema } from "../schemas/relay";
import { pageOfSchema } from "../schemas/envelope";
import {
  channelBatchTagSchema, channelCreateSchema, channelIdsSchema, channelListQuery, channelSearchQuery, channelTagEditSchema, channelTagSchema, channelUpdateSchema, channelOutputSchema,
} from "../schemas/channel";
import { tokenCreateSchema, tokenIdsSchema, tokenListQuery, tokenOutputSchema, tokenSearchQuery, tokenUpdateQuery, tokenUpdateSchema } from "../schemas/token";
import {
  credentialsSchema, selfUpdateSchema, setupSchema, userCreateSchema, userListQuery, userManageSchema, userOutputSchema, userSearchQuery, userUpdateSchema,
} from "../schemas/user";
import { adminLogQuery, logOutputSchema, selfLogQuery } from "../schemas/log";
import { optionUpdateSchema } from "../schemas/option";
import { deliveryListQuery } from "../schemas/notify";
import { apiTaskItemSchema, selfTaskListQuery, taskListQuery } from "../schemas/task";
import { logStatQuery, quotaDataQuery, selfLogStatQuery, selfQuotaDataQuery } from "../schemas/usage";

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
  /** What data (or, on the relay, the body) holds on success. */
  response?: z.ZodType;
}

const relaySubmits: Endpoint[] = Object.values(SUBMIT_KINDS).map((kind) => ({
  method: "post", path: `/mj/${kind.path}`, summary: kind.summary, tag: "Relay", auth: "relay", body: kind.schema, response: submitEnvelopeSchema,
}));

export const ENDPOINTS: Endpoint[] = [
  ...relaySubmits,
  { method: "get", path: "/mj/task/{id}/fetch", summary: "One of your tasks", tag: "Relay", auth: "relay", response: relayTaskSchema },
  { method: "post", path: "/mj/task/list-by-condition", summary: "Your tasks among ids", tag: "Relay", auth: "relay", body: listByConditionSchema, response: relayTaskSchema.array() },
  { method: "get", path: "/mj/task/{id}/image-seed", summary: "The seed of a task's image (forwarded upstream)", tag: "Relay", auth: "relay" },
  { method: "get", path: "/mj/image/{id}", summary: "A task's image (signed link from imageUrl)", tag: "Relay", auth: "public" },
  { method: "post", path: "/mj/notify/{channelId}/{secret}", summary: "A channel's upstream pushes a task change (its secret callback_url)", tag: "Relay", auth: "public" },
  { method: "get", path: "/mj/video/{id}", summary: "A task's video (signed link from videoUrl/videoUrls; n picks one)", tag: "Relay", auth: "public" },

  { method: "get", path: "/api/status", summary: "Site status: what new-api's front-end reads on every page", tag: "Auth", auth: "public" },
  { method: "get", path: "/api/notice", summary: "Site notice (markdown; empty when none)", tag: "Auth", auth: "public" },
  { method: "get", path: "/api/about", summary: "About text (markdown or a URL; empty when none)", tag: "Auth", auth: "public" },
  { method: "get", path: "/api/home_page_content", summary: "Home page content (markdown or a URL; empty when none)", tag: "Auth", auth: "public" },
  { method: "post", path: "/api/user/login", summary: "Sign in; sets the session cookie", tag: "Auth", auth: "public", body: credentialsSchema },
  { method: "get", path: "/api/user/logout", summary: "Sign out", tag: "Auth", auth: "public" },
  { method: "post", path: "/api/user/register", summary: "Create an account (when self-registration is on)", tag: "Auth", auth: "public", body: setupSchema },
  { method: "post", path: "/api/setup", summary: "First run: create the root user", tag: "Auth", auth: "public", body: setupSchema },
  { method: "get", path: "/api/user/token", summary: "Issue a new access token (replaces the old one)", tag: "Auth", auth: "user" },
  { method: "get", path: "/api/user/self", summary: "Your account", tag: "Users", auth: "user", response: userOutputSchema },
  { method: "put", path: "/api/user/self", summary: "Change your display name or password", tag: "Users", auth: "user", body: selfUpdateSchema, response: userOutputSchema },
  { method: "get", path: "/api/user/self/groups", summary: "Groups you may give an API key: {name: {ratio, desc}}", tag: "Users", auth: "user" },
  { method: "get", path: "/api/user/aff", summary: "Invitation code (empty: no referral programme)", tag: "Users", auth: "user" },
  { method: "get", path: "/api/user/models", summary: "Models your groups can reach", tag: "Users", auth: "user" },
  { method: "get", path: "/api/user/self/webhook", summary: "The secret that signs your notify hooks", tag: "Notify", auth: "user" },
  { method: "post", path: "/api/user/self/webhook", summary: "Rotate the webhook secret", tag: "Notify", auth: "user" },
  { method: "get", path: "/api/user/", summary: "List users", tag: "Users", auth: "admin", query: userListQuery, response: pageOfSchema(userOutputSchema) },
  { method: "get", path: "/api/user/search", summary: "Search users", tag: "Users", auth: "admin", query: userSearchQuery, response: pageOfSchema(userOutputSchema) },
  { method: "post", path: "/api/user/", summary: "Create a user", tag: "Users", auth: "admin", body: userCreateSchema, response: userOutputSchema },
  { method: "put", path: "/api/user/", summary: "Update a user", tag: "Users", auth: "admin", body: userUpdateSchema, response: userOutputSchema },
  { method: "get", path: "/api/user/{id}", summary: "One user", tag: "Users", auth: "admin", response: userOutputSchema },
  { method: "delete", path: "/api/user/{id}", summary: "Delete a user", tag: "Users", auth: "admin" },
  { method: "post", path: "/api/user/manage", summary: "Enable, disable, promote, demote, delete, add_quota", tag: "Users", auth: "admin", body: userManageSchema },

  { method: "get", path: "/api/token/", summary: "Your API keys", tag: "API keys", auth: "user", query: tokenListQuery, response: pageOfSchema(tokenOutputSchema) },
  { method: "get", path: "/api/token/search", summary: "Search your API keys", tag: "API keys", auth: "user", query: tokenSearchQuery, response: pageOfSchema(tokenOutputSchema) },
  { method: "post", path: "/api/token/", summary: "Create an API key", tag: "API keys", auth: "user", body: tokenCreateSchema, response: tokenOutputSchema },
  { method: "put", path: "/api/token/", summary: "Update an API key (?status_only=true for status alone)", tag: "API keys", auth: "user", body: tokenUpdateSchema, query: tokenUpdateQuery, response: tokenOutputSchema },
  { method: "get", path: "/api/token/{id}", summary: "One API key (masked)", tag: "API keys", auth: "user", response: tokenOutputSchema },
  { method: "delete", path: "/api/token/{id}", summary: "Delete an API key", tag: "API keys", auth: "user" },
  { method: "post", path: "/api/token/{id}/key", summary: "Reveal the full key (without sk-)", tag: "API keys", auth: "user" },
  { method: "post", path: "/api/token/batch", summary: "Delete several of your API keys", tag: "API keys", auth: "user", body: tokenIdsSchema },
  { method: "post", path: "/api/token/batch/keys", summary: "Reveal several full keys: {keys: {id: key}}", tag: "API keys", auth: "user", body: tokenIdsSchema },

  { method: "get", path: "/api/channel/", summary: "List channels", tag: "Channels", auth: "admin", query: channelListQuery },
  { method: "get", path: "/api/channel/search", summary: "Search channels", tag: "Channels", auth: "admin", query: channelSearchQuery },
  { method: "post", path: "/api/channel/", summary: "Create a channel (the object, or {mode, channel})", tag: "Channels", auth: "admin", body: channelCreateSchema, response: channelOutputSchema },
  { method: "put", path: "/api/channel/", summary: "Update a channel (empty key keeps the secret)", tag: "Channels", auth: "admin", body: channelUpdateSchema, response: channelOutputSchema },
  { method: "get", path: "/api/channel/{id}", summary: "One channel", tag: "Channels", auth: "admin", response: channelOutputSchema },
  { method: "delete", path: "/api/channel/{id}", summary: "Delete a channel", tag: "Channels", auth: "admin" },
  { method: "get", path: "/api/channel/test/{id}", summary: "Test reachability and secret: {success, message, time}", tag: "Channels", auth: "admin" },
  { method: "get", path: "/api/channel/test", summary: "Test every channel", tag: "Channels", auth: "admin" },
  { method: "post", path: "/api/channel/batch", summary: "Delete several channels", tag: "Channels", auth: "admin", body: channelIdsSchema },
  { method: "post", path: "/api/channel/batch/tag", summary: "Tag several channels", tag: "Channels", auth: "admin", body: channelBatchTagSchema },
  { method: "delete", path: "/api/channel/disabled", summary: "Delete every disabled channel", tag: "Channels", auth: "admin" },
  { method: "post", path: "/api/channel/tag/enabled", summary: "Enable every channel of a tag", tag: "Channels", auth: "admin", body: channelTagSchema },
  { method: "post", path: "/api/channel/tag/disabled", summary: "Disable every channel of a tag", tag: "Channels", auth: "admin", body: channelTagSchema },
  { method: "put", path: "/api/channel/tag", summary: "Change every channel of a tag", tag: "Channels", auth: "admin", body: channelTagEditSchema },
  { method: "get", path: "/api/channel/update_balance/{id}", summary: "Balance refresh (Midjourney proxies report none)", tag: "Channels", auth: "admin" },
  { method: "get", path: "/api/channel/models", summary: "Every model a channel can serve", tag: "Channels", auth: "admin" },
  { method: "get", path: "/api/models", summary: "Models per channel type", tag: "Channels", auth: "admin" },

  { method: "get", path: "/api/option/", summary: "All settings", tag: "Settings", auth: "root" },
  { method: "put", path: "/api/option/", summary: "Change one setting", tag: "Settings", auth: "root", body: optionUpdateSchema },
  { method: "get", path: "/api/group/", summary: "Group names", tag: "Settings", auth: "admin" },
  { method: "get", path: "/api/pricing", summary: "Prices and group ratios", tag: "Settings", auth: "public" },

  { method: "get", path: "/api/log/", summary: "All quota logs", tag: "Logs", auth: "admin", query: adminLogQuery, response: pageOfSchema(logOutputSchema) },
  { method: "get", path: "/api/log/self", summary: "Your quota logs", tag: "Logs", auth: "user", query: selfLogQuery, response: pageOfSchema(logOutputSchema) },
  { method: "get", path: "/api/log/stat", summary: "Net spend and requests per minute: {quota, rpm, tpm}", tag: "Logs", auth: "admin", query: logStatQuery },
  { method: "get", path: "/api/log/self/stat", summary: "Your net spend and requests per minute: {quota, rpm, tpm}", tag: "Logs", auth: "user", query: selfLogStatQuery },
  { method: "get", path: "/api/data/", summary: "Spend per hour, model and user", tag: "Logs", auth: "admin", query: quotaDataQuery },
  { method: "get", path: "/api/data/self", summary: "Your spend per hour and model", tag: "Logs", auth: "user", query: selfQuotaDataQuery },
  { method: "get", path: "/api/mj/self", summary: "Your Midjourney tasks", tag: "Tasks", auth: "user", query: selfTaskListQuery, response: pageOfSchema(apiTaskItemSchema) },
  { method: "get", path: "/api/mj/", summary: "Everyone's Midjourney tasks", tag: "Tasks", auth: "admin", query: taskListQuery, response: pageOfSchema(apiTaskItemSchema) },
  { method: "get", path: "/api/notify/self", summary: "Your notify-hook deliveries and attempts", tag: "Notify", auth: "user", query: deliveryListQuery },
  { method: "post", path: "/api/notify/{id}/redeliver", summary: "Send a notify-hook event again", tag: "Notify", auth: "user" },
  { method: "get", path: "/api/openapi.json", summary: "This document", tag: "Settings", auth: "public" },
];
