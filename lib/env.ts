// Environment, parsed once. npm start (scripts/prepare-start.ts) fills AUTH_SECRET from ./data before Next starts.
import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/mj-gateway.db";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  AUTH_SECRET: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  // Base URL clients reach us on; used for image links so they never point at localhost (new-api #144).
  PUBLIC_URL: z.string().url().optional(),
  NOTIFY_HOOK_ALLOW: z.string().default(""),
  // Reverse proxies (IPs or CIDRs) whose X-Forwarded-For / X-Real-IP are believed; default none.
  TRUSTED_PROXIES: z.string().default(""),
  // Largest request bodies accepted: relay submits (images as data URLs) and management JSON.
  MAX_BODY_BYTES_RELAY: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  MAX_BODY_BYTES_API: z.coerce.number().int().positive().default(64 * 1024),
  // Set by scripts/next-server.mjs, which reports the socket's address in x-mj-peer (internal).
  MJ_PEER_HEADER: z.enum(["on", "off"]).default("off"),
  INNGEST_DEV: z.string().optional(),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_BASE_URL: z.string().optional(),
  // Disables the in-process background driver (tests that drive the units themselves).
  MJ_BACKGROUND: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

/** Forget the parsed environment, so a changed process.env is read again (tests). */
export function resetEnv(): void {
  cached = undefined;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Inngest takes over background work when a Dev Server or Inngest keys are configured. */
export function inngestConfigured(env: Env = getEnv()): boolean {
  return env.INNGEST_DEV === "1" || Boolean(env.INNGEST_SIGNING_KEY && env.INNGEST_EVENT_KEY);
}
