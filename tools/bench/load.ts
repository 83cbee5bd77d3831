// A small HTTP load generator: keep-alive connections, latency percentiles, throughput.
// Both the gateway and the simulator are measured with this same client in the same run,
// so its own cost cancels out of the ratios.
import { Agent, request as httpRequest } from "node:http";

export interface Call {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Answer { status: number; body: string; headers: Record<string, string | string[] | undefined> }

export function makeAgent(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

const defaultAgent = makeAgent(8);

export async function send(call: Call, agent: Agent = defaultAgent): Promise<Answer> {
  try {
    return await sendOnce(call, agent);
  } catch (error) {
    // A kept-alive socket the server closed while idle: retry on a fresh one (Node's advice).
    if ((error as { reusedSocket?: boolean }).reusedSocket && (error as NodeJS.ErrnoException).code === "ECONNRESET") return sendOnce(call, agent);
    throw error;
  }
}

function sendOnce(call: Call, agent: Agent): Promise<Answer> {
  const url = new URL(call.url);
  const payload = call.body === undefined ? undefined : typeof call.body === "string" ? call.body : JSON.stringify(call.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: call.method ?? (payload ? "POST" : "GET"),
        headers: { ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}), ...call.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
        res.on("error", reject);
      },
    );
    req.on("error", (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}

export interface Stats { n: number; p50: number; p95: number; p99: number; max: number; errors: number; rps: number; seconds: number }

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function stats(latencies: number[], errors: number, seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN, errors, rps: sorted.length / seconds, seconds,
  };
}

/** Checks an answer; a wrong status is an error, so a broken endpoint never looks fast. */
export type Expect = (answer: Answer) => boolean;
export const ok2xx: Expect = (a) => a.status >= 200 && a.status < 300;

/**
 * `count` calls one after another (plus `warmup` unmeasured ones): latency of a lone client.
 * Stops early after `budgetMs` (with at least 5 samples), so a 10-second page cannot hold a run for an hour.
 */
export async function sequential(make: (i: number) => Call, count: number, warmup = 3, expect: Expect = ok2xx, budgetMs = Infinity): Promise<Stats> {
  const agent = makeAgent(1);
  for (let i = 0; i < warmup; i++) await send(make(i), agent);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (let i = 0; i < count && (i < 5 || performance.now() - started < budgetMs); i++) {
    const t = performance.now();
    const answer = await send(make(i), agent).catch(() => null);
    latencies.push(performance.now() - t);
    if (!answer || !expect(answer)) errors++;
  }
  agent.destroy();
  return stats(latencies, errors, (performance.now() - started) / 1000);
}

/** `connections` clients sending back to back for `seconds`: throughput and latency under load. */
export async function concurrent(make: (i: number) => Call, connections: number, seconds: number, expect: Expect = ok2xx): Promise<Stats> {
  const agent = makeAgent(connections);
  const latencies: number[] = [];
  let errors = 0;
  let i = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      const answer = await send(make(i++), agent).catch(() => null);
      latencies.push(performance.now() - t);
      if (!answer || !expect(answer)) errors++;
    }
  }));
  agent.destroy();
  return stats(latencies, errors, (performance.now() - started) / 1000);
}

/** Calls `make` every `everyMs` until stopped (a browser tab polling, a cron). */
export function every(everyMs: number, run: () => Promise<unknown>): () => Promise<void> {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const t = performance.now();
      await run().catch(() => undefined);
      const wait = everyMs - (performance.now() - t);
      if (wait > 0 && !stopped) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}
