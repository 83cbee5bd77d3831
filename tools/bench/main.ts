// npm run bench -- [--db sqlite|postgres] [--tasks 1000000] [--quick] [--label after] [--out bench]
//                   [--reuse --port P --only lists,stall,…]  (measure phases again on a seeded database)
//
// The benchmark of record (issue 11): seeds N tasks with SQL, starts the product with
// `npm start` and the simulator in its own process, then measures the list table, stalls,
// relay throughput against the simulator, poll cost and lag, and memory over a soak.
// Writes <out>/results/<label>-<db>.json and re-renders <out>/RESULTS.md from every run
// there. `--quick` (CI: 10,000 tasks) runs every phase briefly to prove the benchmark works;
// it times nothing that anyone should read.
import { rmSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    tasks: { type: "string", default: "1000000" },
    quick: { type: "boolean", default: false },
    label: { type: "string", default: "after" },
    out: { type: "string", default: "bench" },
    port: { type: "string" },
    "sim-port": { type: "string" },
    "pg-url": { type: "string", default: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
    "pg-db": { type: "string" },
    reuse: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
if (args.db !== "sqlite" && args.db !== "postgres") throw new Error("--db is sqlite or postgres");
const db = args.db;
const tasks = Number(args.tasks);
const quick = args.quick;
const phases = new Set((args.only ?? "lists,stall,poll,lag,relay,soak").split(","));
const log = (line: string) => console.log(line);

const { freePort, loadAverage, startGateway, startSimulatorProcess, treeRssMb } = await import("./processes");
const port = Number(args.port ?? (await freePort()));
const simPort = Number(args["sim-port"] ?? (await freePort()));
const SIM_SECRET = "bench-sim-secret";
const AUTH_SECRET = "bench-auth-secret-bench-auth-secret";

const sqliteDir = join(tmpdir(), `mj-bench-${port}`);
const pgName = args["pg-db"] ?? `mj_bench_${port}`;

/** Runs statements on the PostgreSQL server's admin connection (creating and dropping the bench database). */
async function asAdmin(...statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: args["pg-url"] });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function databaseUrl(): Promise<string> {
  if (db === "sqlite") {
    if (!args.reuse) rmSync(sqliteDir, { recursive: true, force: true });
    mkdirSync(sqliteDir, { recursive: true });
    return `file:${join(sqliteDir, "bench.db")}`;
  }
  if (!args.reuse) await asAdmin(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`, `CREATE DATABASE ${pgName}`);
  const url = new URL(args["pg-url"]!);
  url.pathname = `/${pgName}`;
  return url.toString();
}

const url = await databaseUrl();
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET = AUTH_SECRET;
process.env.MJ_BACKGROUND = "off";

const { saveRun, loadRuns, mergeIntoSaved, renderResults } = await import("./report");
const run: import("./report").RunResult = {
  label: args.label!, db, tasks, date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? "?", node: process.version, loadBefore: loadAverage(), loadAfter: "", notes: [],
};

log(`bench: ${db}, ${tasks.toLocaleString("en-US")} tasks${quick ? " (quick)" : ""}, gateway port ${port}, simulator port ${simPort}, load ${run.loadBefore}`);
// A second per step: the lag test sees tasks finish a few seconds after they are submitted.
const simulator = await startSimulatorProcess(simPort, SIM_SECRET, quick ? 200 : 1000);
let gateway: Awaited<ReturnType<typeof startGateway>> | undefined;
try {
  const { seedDatabase, ADMIN_USER_ID, HEAVY_USER_ID, BENCH_PASSWORD } = await import("./seed");
  if (!args.reuse) {
    log("seeding…");
    const seeded = await seedDatabase({ url, tasks, upstreamUrl: simulator.url, upstreamSecret: SIM_SECRET });
    run.seedMs = seeded.ms;
    log(`  seeded ${seeded.tasks.toLocaleString("en-US")} tasks in ${(seeded.ms / 1000).toFixed(1)} s`);
  }
  const { getDb } = await import("../../lib/db");
  const { setOption } = await import("../../lib/options/options");
  // The seeded unfinished tasks are unknown to the simulator: keep them unfinished (and
  // polled) for the whole run instead of timing them out after an hour.
  await setOption("TaskTimeoutMinutes", "1440");
  await setOption("PollIntervalSeconds", quick ? "1" : "5");
  await getDb().channel.updateMany({ data: { baseUrl: simulator.url, key: SIM_SECRET } });

  if (phases.has("poll")) {
    const { measurePollCycle } = await import("./phases/poll");
    log("poll cycle (in this process, before the server starts)…");
    run.pollCycle = await measurePollCycle();
    log(`  ${run.pollCycle.channels} channels, ${run.pollCycle.tasks} tasks, requests per channel ${run.pollCycle.requestsPerChannel.join(",")}, ${run.pollCycle.wallMs.toFixed(0)} ms wall, ${run.pollCycle.cpuMs.toFixed(0)} ms CPU`);
  }

  log("starting the gateway (npm start)…");
  // Every simulated user calls from 127.0.0.1: the per-address limit of the management API
  // (600 a minute) would answer the soak's mix with 429s, so it is off here.
  gateway = await startGateway(port, { DATABASE_URL: url, AUTH_SECRET, PUBLIC_URL: `http://127.0.0.1:${port}`, MJ_BACKGROUND: "on", API_RATE_LIMIT_PER_MINUTE: "0" });
  const { credentialsFor } = await import("./credentials");
  const ctx: import("./context").BenchContext = {
    db, quick, gateway: gateway.url, simulator: simulator.url, simulatorSecret: SIM_SECRET, gatewayPid: gateway.pid, log,
    admin: await credentialsFor(gateway.url, ADMIN_USER_ID, BENCH_PASSWORD),
    heavy: await credentialsFor(gateway.url, HEAVY_USER_ID, BENCH_PASSWORD),
    typical: await credentialsFor(gateway.url, 3, BENCH_PASSWORD),
    typicalTaskId: "", typicalTaskIds: [],
  };
  const own = await getDb().task.findMany({ where: { userId: 3, status: "SUCCESS" }, select: { mjId: true }, take: 50, orderBy: { id: "asc" } });
  ctx.typicalTaskIds = own.map((t) => t.mjId);
  ctx.typicalTaskId = ctx.typicalTaskIds[0]!;

  const { listRows } = await import("./phases/lists");
  const { send } = await import("./load");
  for (const row of listRows(ctx)) await send(row.call); // first use of each route
  // Idle: past the server's collection once requests stop (scripts/collect-when-idle.mjs, 10-14 s).
  await new Promise((r) => setTimeout(r, (quick ? 2 : 20) * 1000));
  run.rssIdle = treeRssMb(gateway.pid);
  log(`  idle tree RSS ${run.rssIdle.totalMb.toFixed(0)} MB: ${run.rssIdle.processes.map((p) => `${p.name} ${p.mb.toFixed(0)}`).join(", ")}`);

  if (phases.has("lists")) {
    log("lists…");
    run.lists = await (await import("./phases/lists")).measureLists(ctx);
  }
  if (phases.has("stall")) {
    log("stalls…");
    run.stall = await (await import("./phases/stall")).measureStall(ctx);
  }
  if (phases.has("poll")) {
    log("server CPU with only background work…");
    run.idleCpu = await (await import("./phases/poll")).measureIdleCpu(ctx);
    log(`  ${run.idleCpu.cpuPercent.toFixed(1)} % over ${run.idleCpu.seconds} s${run.idleCpu.databaseCpuPercent !== undefined ? `, PostgreSQL ${run.idleCpu.databaseCpuPercent.toFixed(1)} %` : ""}`);
  }
  if (phases.has("lag")) {
    log("lag…");
    const { measureLag } = await import("./phases/poll");
    const interval = quick ? 1 : 5;
    run.lag = [await measureLag(ctx, false, (interval * 3 + (quick ? 5 : 10)) * 1000)];
    const { setPush } = await import("./push");
    const push = await setPush(true);
    if (push.ok) run.lag.push(await measureLag(ctx, true, (interval * 3 + (quick ? 5 : 10)) * 1000));
    else run.notes!.push(`lag with push not measured: ${push.reason}`);
  }
  if (phases.has("relay")) {
    log("relay throughput…");
    run.relay = await (await import("./phases/relay")).measureRelay(ctx);
  }
  if (phases.has("soak")) {
    log("soak…");
    run.soak = await (await import("./phases/soak")).measureSoak(ctx);
  }
} catch (error) {
  if (gateway) console.error(gateway.output().slice(-4000));
  throw error;
} finally {
  run.loadAfter = loadAverage();
  await gateway?.stop();
  await simulator.stop();
  const { getDb } = await import("../../lib/db");
  await getDb().$disconnect();
}

const out = args.out!;
// Re-measuring some phases of a seeded database (--reuse --only …) updates the saved run.
const measuredAgain = args.reuse && args.only ? mergeIntoSaved(out, run, [...phases]) : run;
log(`wrote ${saveRun(out, measuredAgain)}`);
writeFileSync(join(out, "RESULTS.md"), renderResults(loadRuns(out)));
log(`wrote ${join(out, "RESULTS.md")}`);

// A quick run's database is of no use afterwards (nothing measures it again): CI would
// otherwise leave one behind per run, under a new port's name each time.
if (quick) {
  if (db === "sqlite") rmSync(sqliteDir, { recursive: true, force: true });
  else await asAdmin(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
}
