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
  // PostgreSQL pool size per instance, and how long a query waits for one of its connections.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  // How long a transaction may wait to start (a pool connection, SQLite's write lock) and to run.
  DATABASE_TX_MAX_WAIT_MS: z.coerce.number().int().min(100).default(10_000),
  DATABASE_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  // Largest request bodies accepted: relay submits (images as data URLs) and management JSON.
  MAX_BODY_BYTES_RELAY: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  MAX_BODY_BYTES_API: z.coerce.number().int().positive().default(64 * 1024),
  // Rate-limit and login-throttle counters in Redis, shared by every instance; in memory without it.
  REDIS_URL: z.string().optional(),
  // Management API (/api/*) requests per minute from one client address; 0 = no limit.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
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

/** The environment as it is now, uncached: for the rare check that must see a late change. */
export function readEnv(): Env {
  return envSchema.parse(process.env);
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
