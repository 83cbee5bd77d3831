// Counters in Redis, so limits hold across every instance behind a load balancer. Each
// operation is one Lua script: atomic, one round trip, no read-then-write race.
import { createClient } from "@redis/client";
import type { CounterStore, FailureCount, WindowCount } from "./counter-store";

type Client = ReturnType<typeof createClient>;

// INCR, and start the window's expiry on the first hit (or if a crash left a key without one).
const HIT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if n == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

const FAIL = `
local n = redis.call('HINCRBY', KEYS[1], 'count', 1)
redis.call('HSET', KEYS[1], 'last', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return n`;

/** How long a request waits for a first connection before counting in memory instead. */
const CONNECT_WAIT_MS = 1000;

export class RedisCounterStore implements CounterStore {
  private readonly client: Client;
  private connecting: Promise<unknown> | undefined;
  private waitedInVain = false;

  constructor(url: string, private readonly prefix = "mj:rl:") {
    // No offline queue: during an outage a command fails at once (the caller falls back to
    // memory) instead of waiting; the client keeps reconnecting in the background.
    this.client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) } });
    this.client.on("error", () => undefined);
    this.client.on("ready", () => (this.waitedInVain = false));
  }

  private async ready(): Promise<Client> {
    if (this.client.isReady) return this.client;
    this.connecting ??= this.client.connect().catch(() => undefined);
    // Wait once for the first connection; while it stays down, do not make every request wait.
    if (!this.waitedInVain) {
      const timer = new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref());
      await Promise.race([this.connecting, timer]);
    }
    if (!this.client.isReady) {
      this.waitedInVain = true;
      throw new Error("Redis is not reachable");
    }
    return this.client;
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const client = await this.ready();
    const [count, resetMs] = (await client.eval(HIT, { keys: [this.prefix + key], arguments: [String(windowMs)] })) as [number, number];
    return { count: Number(count), resetMs: Number(resetMs) };
  }

  async fail(key: string, ttlMs: number, now = Date.now()): Promise<FailureCount> {
    const client = await this.ready();
    const count = await client.eval(FAIL, { keys: [this.prefix + key], arguments: [String(ttlMs), String(now)] });
    return { count: Number(count), lastMs: now };
  }

  async failures(key: string): Promise<FailureCount> {
    const client = await this.ready();
    const record = (await client.hGetAll(this.prefix + key)) as Record<string, string>;
    return { count: Number(record.count ?? 0), lastMs: Number(record.last ?? 0) };
  }

  async clear(key: string): Promise<void> {
    const client = await this.ready();
    await client.del(this.prefix + key);
  }

  async close(): Promise<void> {
    if (this.client.isReady) await this.client.close();
    else if (this.client.isOpen) this.client.destroy();
  }
}
