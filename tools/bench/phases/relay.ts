// Relay throughput against the simulator's own, same client, same run: fetch and
// list-by-condition at 50 connections, submit (imagine) at 20, with the channels polled (a
// channel's default). Then submit again with push on, where each relayed task's steps also
// come back to the gateway as callbacks: work the simulator measured alone never does. Each
// submit run starts with the simulator idle.
import { duration, relayAs, simulatorCall, type BenchContext } from "../context";
import { concurrent, send, type Answer, type Stats } from "../load";
import { setPush } from "../push";

export interface RelayRow { name: string; connections: number; simulator: Stats; gateway: Stats; ratio: number }

const submitted = (a: Answer) => a.status === 200 && /"code":\s*1\b/.test(a.body);
const fetched = (a: Answer) => a.status === 200 && a.body.startsWith("{");
const listed = (a: Answer) => a.status === 200 && a.body.startsWith("[") && a.body.length > 2;

async function simulatorTasks(ctx: BenchContext, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await send(simulatorCall(ctx, "/mj/submit/imagine", { prompt: `bench direct ${i}` }));
    ids.push(JSON.parse(answer.body).result);
  }
  return ids;
}

export async function measureRelay(ctx: BenchContext): Promise<RelayRow[]> {
  const seconds = duration(ctx, 15, 2);
  const simIds = await simulatorTasks(ctx, 50);
  await setPush(false);
  const rows: RelayRow[] = [];
  // The simulator draws each accepted task for four steps of a second (200 ms in the quick run)
  // after the submit: a submit run leaves it that much work, which the next run must not inherit.
  const quiet = () => new Promise((resolve) => setTimeout(resolve, ctx.quick ? 1_000 : 5_000));
  const pair = async (name: string, connections: number, sim: Parameters<typeof concurrent>[0], gw: Parameters<typeof concurrent>[0], expect: (a: Answer) => boolean, submits = false) => {
    if (submits) await quiet();
    const simulator = await concurrent(sim, connections, seconds, expect);
    if (submits) await quiet();
    const gateway = await concurrent(gw, connections, seconds, expect);
    const row = { name, connections, simulator, gateway, ratio: gateway.rps / simulator.rps };
    rows.push(row);
    ctx.log(`  ${name} (${connections} conn): simulator ${simulator.rps.toFixed(0)} req/s (p99 ${simulator.p99.toFixed(0)} ms), gateway ${gateway.rps.toFixed(0)} req/s (p99 ${gateway.p99.toFixed(0)} ms, ${gateway.errors} errors) → ${row.ratio.toFixed(3)}×`);
  };
  await pair("`GET /mj/task/{id}/fetch`", 50,
    () => simulatorCall(ctx, `/mj/task/${simIds[0]}/fetch`), () => relayAs(ctx, ctx.typical, `/mj/task/${ctx.typicalTaskId}/fetch`), fetched);
  await pair("`POST /mj/task/list-by-condition` (50 ids)", 50,
    () => simulatorCall(ctx, "/mj/task/list-by-condition", { ids: simIds }), () => relayAs(ctx, ctx.typical, "/mj/task/list-by-condition", { ids: ctx.typicalTaskIds }), listed);
  const submit = (name: string) => pair(name, 20,
    (i) => simulatorCall(ctx, "/mj/submit/imagine", { prompt: `bench direct submit ${i}` }), (i) => relayAs(ctx, ctx.typical, "/mj/submit/imagine", { prompt: `bench relay submit ${i}` }), submitted, true);
  await submit("`POST /mj/submit/imagine`");
  if ((await setPush(true)).ok) await submit("`POST /mj/submit/imagine`, push on (4–5 callbacks per task)");
  return rows;
}
