// A per-process cache whose entries live about a second: hot relay lookups (API keys,
// enabled channels) are read once a second instead of once a request, and a change made on
// any instance (a disabled key, a removed channel) takes effect everywhere within that time.
// Money never depends on it: quota moves stay conditional updates in the database.

export class ShortLivedCache<K, V> {
  readonly #entries = new Map<K, { at: number; value: Promise<V> }>();

  constructor(private readonly ttlMs: number, private readonly maxEntries = 10_000) {}

  /** The cached value, or `load()`'s; concurrent misses share one load. Null and failures are not kept. */
  get(key: K, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && now - hit.at < this.ttlMs && now >= hit.at) return hit.value;
    if (hit) this.#entries.delete(key);
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value as K);
    const value = load();
    this.#entries.set(key, { at: now, value });
    value.then(
      (loaded) => { if (loaded == null) this.#entries.delete(key); },
      () => this.#entries.delete(key),
    );
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
