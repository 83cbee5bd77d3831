// The stall test: cheap requests while the expensive ones run. On SQLite the driver is
// synchronous, so one slow query holds every other request of the process.
import { apiAs, duration, relayAs, type BenchContext } from "../context";
import { every, makeAgent, send, stats, type Call, type Stats } from "../load";

export interface StallResult { idle: Record<string, Stats>; loaded: Record<string, Stats>; background: { adminLists: number; liveTables: number } }

/** `/api/user/self` and a relay fetch, alternating, with a little think time. */
async function cheapRequests(ctx: BenchContext, seconds: number): Promise<Record<string, Stats>> {
  const calls: Record<string, Call> = {
    "`/api/user/self`": apiAs(ctx, ctx.typical, "/api/user/self"),
    "relay fetch": relayAs(ctx, ctx.typical, `/mj/task/${ctx.typicalTaskId}/fetch`),
  };
  const latencies: Record<string, number[]> = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
  const errors: Record<string, number> = Object.fromEntries(Object.keys(calls).map((k) => [k, 0]));
  const agent = makeAgent(1);
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const [name, call] of Object.entries(calls)) {
      const t = performance.now();
      const answer = await send(call, agent).catch(() => null);
      latencies[name]!.push(performance.now() - t);
      if (!answer || answer.status !== 200) errors[name]!++;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  return Object.fromEntries(Object.entries(latencies).map(([name, l]) => [name, stats(l, errors[name]!, elapsed)]));
}

export async function measureStall(ctx: BenchContext): Promise<StallResult> {
  const seconds = duration(ctx, 40, 3);
  const idle = await cheapRequests(ctx, Math.max(2, seconds / 4));
  // The background: an admin paging through all tasks without pause, and open portal tabs
  // whose live table re-reads its page every 3 s (ten users' own lists and the admin's).
  let adminLists = 0;
  let liveTables = 0;
  const adminAgent = makeAgent(1);
  let stopped = false;
  const adminLoop = (async () => {
    for (let i = 0; !stopped; i++) {
      await send(apiAs(ctx, ctx.admin, `/api/mj/?p=${i % 2 ? 500 : 1}&page_size=10`), adminAgent).catch(() => null);
      adminLists++;
    }
  })();
  const tabs = [ctx.heavy, ctx.admin, ...Array.from({ length: 9 }, () => ctx.typical)].map((who, i) =>
    every(3000, async () => {
      await send(apiAs(ctx, who, i === 1 ? "/api/mj/?p=1&page_size=20" : "/api/mj/self?p=1&page_size=20"));
      liveTables++;
    }),
  );
  const loaded = await cheapRequests(ctx, seconds);
  stopped = true;
  await Promise.all([adminLoop, ...tabs.map((stop) => stop())]);
  adminAgent.destroy();
  for (const [name, s] of Object.entries(loaded)) ctx.log(`  ${name} under load: p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (idle p95 ${idle[name]!.p95.toFixed(0)} ms)`);
  ctx.log(`  background: ${adminLists} admin lists, ${liveTables} live-table refreshes`);
  return { idle, loaded, background: { adminLists, liveTables } };
}
