// A mixed soak: relay reads and submits, API and portal lists, with the background work
// running, and the process tree's memory before, at its peak and after.
import { apiAs, duration, pageAs, relayAs, type BenchContext } from "../context";
import { every, send, stats, type Stats } from "../load";
import { treeRssMb } from "../processes";

export interface SoakResult { seconds: number; rssBeforeMb: number; rssPeakMb: number; rssAfterMb: number; requests: number; errors: number; cheap: Stats }

export async function measureSoak(ctx: BenchContext): Promise<SoakResult> {
  const seconds = duration(ctx, 300, 5);
  const rssBeforeMb = treeRssMb(ctx.gatewayPid).totalMb;
  let rssPeakMb = rssBeforeMb;
  let requests = 0;
  let errors = 0;
  const errorsByStatus = new Map<string, number>();
  const cheap: number[] = [];
  const counted = async (call: Parameters<typeof send>[0], latencies?: number[]) => {
    const t = performance.now();
    const answer = await send(call).catch(() => null);
    latencies?.push(performance.now() - t);
    requests++;
    if (!answer || answer.status >= 400) {
      errors++;
      const key = `${new URL(call.url).pathname} ${answer?.status ?? "no answer"}`;
      errorsByStatus.set(key, (errorsByStatus.get(key) ?? 0) + 1);
    }
  };
  let i = 0;
  const loops = [
    every(20, () => counted(relayAs(ctx, ctx.typical, `/mj/task/${ctx.typicalTaskId}/fetch`), cheap)),
    every(100, () => counted(relayAs(ctx, ctx.typical, "/mj/task/list-by-condition", { ids: ctx.typicalTaskIds }))),
    every(200, () => counted(relayAs(ctx, ctx.typical, "/mj/submit/imagine", { prompt: `bench soak ${i++}` }))),
    every(100, () => counted(apiAs(ctx, ctx.typical, "/api/user/self"), cheap)),
    every(1000, () => counted(apiAs(ctx, ctx.admin, `/api/mj/?p=${1 + (i % 500)}&page_size=10`))),
    every(3000, () => counted(apiAs(ctx, ctx.heavy, "/api/mj/self?p=1&page_size=20"))),
    every(3000, () => counted(apiAs(ctx, ctx.admin, "/api/mj/?p=1&page_size=20"))),
    every(5000, () => counted(pageAs(ctx, ctx.heavy, "/tasks"))),
    every(10_000, () => counted(pageAs(ctx, ctx.admin, "/admin/tasks"))),
    every(1000, async () => { rssPeakMb = Math.max(rssPeakMb, treeRssMb(ctx.gatewayPid).totalMb); }),
  ];
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await Promise.all(loops.map((stop) => stop()));
  // Let in-flight work and the collector settle before reading "after".
  await new Promise((r) => setTimeout(r, duration(ctx, 20, 2) * 1000));
  const rssAfterMb = treeRssMb(ctx.gatewayPid).totalMb;
  const result = { seconds, rssBeforeMb, rssPeakMb, rssAfterMb, requests, errors, cheap: stats(cheap, 0, seconds) };
  ctx.log(`  soak ${seconds} s: ${requests} requests (${errors} errors), cheap p95 ${result.cheap.p95.toFixed(0)} ms; RSS ${rssBeforeMb.toFixed(0)} → peak ${rssPeakMb.toFixed(0)} → ${rssAfterMb.toFixed(0)} MB`);
  for (const [what, count] of errorsByStatus) ctx.log(`    ${count} × ${what}`);
  return result;
}
