// Read coalescing: the keyed lookups asked for in one turn of the event loop are answered by
// one query. Relay clients poll their tasks one fetch at a time, fifty connections at once;
// on PostgreSQL each fetch was a round trip of its own (a socket write, a backend wake-up, a
// result to parse), and batched they share one. Each caller still gets only its own answer.

export type LoadMany<V> = (keys: string[]) => Promise<Map<string, V>>;

/** A lookup by key whose concurrent calls share one `loadMany` of at most `maxKeys` keys. */
export function coalesced<V>(loadMany: LoadMany<V>, maxKeys: number): (key: string) => Promise<V | undefined> {
  let waiting = new Map<string, { resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[]>();
  const flush = () => {
    const batch = waiting;
    waiting = new Map();
    const keys = [...batch.keys()];
    for (let i = 0; i < keys.length; i += maxKeys) {
      const chunk = keys.slice(i, i + maxKeys);
      loadMany(chunk).then(
        (found) => { for (const key of chunk) for (const waiter of batch.get(key)!) waiter.resolve(found.get(key)); },
        (error) => { for (const key of chunk) for (const waiter of batch.get(key)!) waiter.reject(error); },
      );
    }
  };
  return (key) => new Promise((resolve, reject) => {
    if (!waiting.size) setImmediate(flush);
    const waiters = waiting.get(key);
    if (waiters) waiters.push({ resolve, reject });
    else waiting.set(key, [{ resolve, reject }]);
  });
}
