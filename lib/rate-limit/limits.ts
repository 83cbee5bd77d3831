// Request rate limits, answered with HTTP 429 and Retry-After in the route's envelope: per
// API key on the relay (KeyRequestsPerMinute option, off by default) and per client address
// on the management API (API_RATE_LIMIT_PER_MINUTE). Counters live in Redis when REDIS_URL is
// set, so the limits hold across instances; in memory otherwise.
import { getEnv } from "../env";
import { ApiError } from "../http/errors";
import { clientIp } from "../net/client-ip";
import { optionNumber, type Options } from "../options/options";
import { FallbackCounterStore, MemoryCounterStore, type CounterStore } from "./counter-store";
import { RedisCounterStore } from "./redis-counter-store";

const MINUTE_MS = 60_000;
const globalForStore = globalThis as unknown as { mjCounterStore?: CounterStore };

/** The process's counter store: Redis (with an in-memory fallback) when REDIS_URL is set. */
export function counterStore(): CounterStore {
  const url = getEnv().REDIS_URL;
  globalForStore.mjCounterStore ??= url ? new FallbackCounterStore(new RedisCounterStore(url)) : new MemoryCounterStore();
  return globalForStore.mjCounterStore;
}

/** Counts a request against `limit` per window; throws rate_limited past it. */
export async function enforceLimit(key: string, limit: number, windowMs: number, explain: string, store = counterStore()): Promise<void> {
  if (limit <= 0) return;
  const { count, resetMs } = await store.hit(key, windowMs);
  if (count > limit) {
    const seconds = Math.max(1, Math.ceil(resetMs / 1000));
    throw new ApiError("rate_limited", `${explain} Retry in ${seconds} s.`, 23, seconds);
  }
}

/** The management API's per-address limit. An unknown address (no peer reported) is not limited. */
export async function limitManagementAddress(request: Request): Promise<void> {
  const ip = clientIp(request);
  if (!ip) return;
  const limit = getEnv().API_RATE_LIMIT_PER_MINUTE;
  await enforceLimit(`api:${ip}`, limit, MINUTE_MS, `Too many requests from ${ip}: at most ${limit} per minute.`);
}

/** The relay's per-key limit (KeyRequestsPerMinute; 0 = none). */
export async function limitRelayKey(tokenId: number, options: Options): Promise<void> {
  const limit = optionNumber(options, "KeyRequestsPerMinute");
  await enforceLimit(`key:${tokenId}`, limit, MINUTE_MS, `This API key may make ${limit} requests per minute.`);
}
