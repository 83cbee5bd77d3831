// Background cost and freshness: one poll cycle over every unfinished task (requests per
// channel, wall and CPU time), the server's CPU while only the poller runs, and the lag
// from an upstream finishing a task to the gateway storing it.
import { duration, relayAs, type BenchContext } from "../context";
import { send, percentile } from "../load";
import { namedCpuSeconds, treeCpuSeconds } from "../processes";

/** `warm`: the second cycle of the process (runs before this field measured the first). */
export interface PollCycle { channels: number; tasks: number; requestsPerChannel: number[]; wallMs: number; cpuMs: number; warm?: boolean }
export interface LagResult { push: boolean; tasks: number; stored: number; p50: number; p95: number; max: number }

/**
 * One cycle of the poller's own unit, in this process, counting the upstream calls it makes.
 * The cycle measured is the second: the first also loads and compiles the modules it runs,
 * which a server polling every few seconds did long before.
 */
export async function measurePollCycle(): Promise<PollCycle> {
  const { pollAllChannels } = await import("../../../lib/jobs/run-cycle");
  await pollAllChannels();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = await pollAllChannels();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    channels: results.length, tasks: results.reduce((s, r) => s + r.tasks, 0),
    requestsPerChannel: results.map((r) => r.requests), wallMs, cpuMs: (used.user + used.system) / 1000, warm: true,
  };
}

export interface IdleCpu { seconds: number; cpuPercent: number; databaseCpuPercent?: number }

/**
 * The gateway's CPU share while nothing but its background work runs, and PostgreSQL's (its
 * own processes; SQLite's work is the gateway's). Long enough to hold a sweep (every 30 s).
 */
export async function measureIdleCpu(ctx: BenchContext): Promise<IdleCpu> {
  const seconds = duration(ctx, 40, 3);
  const database = () => (ctx.db === "postgres" ? namedCpuSeconds("postgres") : 0);
  const [gateway, db] = [treeCpuSeconds(ctx.gatewayPid), database()];
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const percent = (used: number) => (used / seconds) * 100;
  return { seconds, cpuPercent: percent(treeCpuSeconds(ctx.gatewayPid) - gateway), ...(ctx.db === "postgres" ? { databaseCpuPercent: percent(database() - db) } : {}) };
}

/** Submits tasks through the relay, spread out, and measures finish → stored SUCCESS. */
export async function measureLag(ctx: BenchContext, push: boolean, waitMs: number): Promise<LagResult> {
  const { getDb } = await import("../../../lib/db");
  const count = ctx.quick ? 5 : 40;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await send(relayAs(ctx, ctx.typical, "/mj/submit/imagine", { prompt: `bench lag ${push ? "push" : "poll"} ${i}` }));
    const result = JSON.parse(answer.body)?.result;
    if (result) ids.push(String(result));
    await new Promise((r) => setTimeout(r, duration(ctx, 250, 50)));
  }
  const deadline = Date.now() + waitMs;
  let rows: { status: string; finishTime: bigint; updatedAt: bigint }[] = [];
  while (Date.now() < deadline) {
    rows = await getDb().task.findMany({ where: { mjId: { in: ids } }, select: { status: true, finishTime: true, updatedAt: true } });
    if (rows.length === ids.length && rows.every((r) => r.status === "SUCCESS")) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const lags = rows.filter((r) => r.status === "SUCCESS" && r.finishTime > 0n).map((r) => Number(r.updatedAt - r.finishTime)).sort((a, b) => a - b);
  const result = { push, tasks: ids.length, stored: lags.length, p50: percentile(lags, 50), p95: percentile(lags, 95), max: lags.at(-1) ?? NaN };
  ctx.log(`  lag ${push ? "with" : "without"} push: ${result.stored}/${result.tasks} stored, p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms`);
  return result;
}
