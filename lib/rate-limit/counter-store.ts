// Counters behind rate limits and login throttling. Two implementations with one contract:
// in memory (one instance; the default) and Redis (shared by every instance, REDIS_URL).

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again. */
  resetMs: number;
}

export interface FailureCount {
  /** Failures recorded while the record lived (each failure extends it). */
  count: number;
  /** When the last failure happened (epoch ms), 0 when there is none. */
  lastMs: number;
}

export interface CounterStore {
  /** Counts a hit in a fixed window of `windowMs` that starts at the key's first hit. */
  hit(key: string, windowMs: number, now?: number): Promise<WindowCount>;
  /** Records a failure; the record lives `ttlMs` past the latest failure. */
  fail(key: string, ttlMs: number, now?: number): Promise<FailureCount>;
  failures(key: string): Promise<FailureCount>;
  clear(key: string): Promise<void>;
}

interface Entry { count: number; lastMs: number; expiresAt: number }

/** One process's counters. Bounded: expired entries are swept as the map grows. */
export class MemoryCounterStore implements CounterStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 100_000) {}

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private store(key: string, entry: Entry, now: number): void {
    if (!this.entries.has(key) && this.entries.size >= this.maxEntries) {
      for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
      // Still full of live entries: forget the oldest rather than grow without bound.
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, entry);
  }

  async hit(key: string, windowMs: number, now = Date.now()): Promise<WindowCount> {
    const entry = this.live(key, now) ?? { count: 0, lastMs: now, expiresAt: now + windowMs };
    entry.count += 1;
    this.store(key, entry, now);
    return { count: entry.count, resetMs: entry.expiresAt - now };
  }

  async fail(key: string, ttlMs: number, now = Date.now()): Promise<FailureCount> {
    const entry = this.live(key, now) ?? { count: 0, lastMs: now, expiresAt: now };
    entry.count += 1;
    entry.lastMs = now;
    entry.expiresAt = now + ttlMs;
    this.store(key, entry, now);
    return { count: entry.count, lastMs: entry.lastMs };
  }

  async failures(key: string): Promise<FailureCount> {
    const entry = this.live(key, Date.now());
    return entry ? { count: entry.count, lastMs: entry.lastMs } : { count: 0, lastMs: 0 };
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }
}

/**
 * A shared store that falls back to this process's memory while it is unreachable: a Redis
 * outage weakens limits to per-instance ones instead of failing every request.
 */
export class FallbackCounterStore implements CounterStore {
  private warnedAt = 0;

  constructor(private readonly shared: CounterStore, private readonly local: CounterStore = new MemoryCounterStore()) {}

  private async either<T>(run: (store: CounterStore) => Promise<T>): Promise<T> {
    try {
      return await run(this.shared);
    } catch (error) {
      if (Date.now() - this.warnedAt > 60_000) {
        this.warnedAt = Date.now();
        console.warn(`[rate-limit] Redis unavailable, counting in memory for now: ${(error as Error).message}`);
      }
      return run(this.local);
    }
  }

  hit(key: string, windowMs: number, now?: number) {
    return this.either((store) => store.hit(key, windowMs, now));
  }

  fail(key: string, ttlMs: number, now?: number) {
    return this.either((store) => store.fail(key, ttlMs, now));
  }

  failures(key: string) {
    return this.either((store) => store.failures(key));
  }

  clear(key: string) {
    return this.either((store) => store.clear(key));
  }
}
