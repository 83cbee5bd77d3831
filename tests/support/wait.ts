/** Repeats `step` until `done` holds, or fails after `timeoutMs` (a bounded loop, not a sleep). */
export async function until<T>(step: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await step();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? Number(v) : v))}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
