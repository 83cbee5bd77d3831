// Benchmark results: one JSON per run (label × database) and bench/RESULTS.md rendered
// from all of them, so SQLite and PostgreSQL, before and after, sit in one table.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ListRow } from "./phases/lists";
import type { IdleCpu, LagResult, PollCycle } from "./phases/poll";
import type { RelayRow } from "./phases/relay";
import type { SoakResult } from "./phases/soak";
import type { StallResult } from "./phases/stall";

export interface RunResult {
  label: string;
  db: "sqlite" | "postgres";
  tasks: number;
  date: string;
  cores: number;
  cpu: string;
  node: string;
  loadBefore: string;
  loadAfter: string;
  seedMs?: number;
  lists?: ListRow[];
  stall?: StallResult;
  relay?: RelayRow[];
  pollCycle?: PollCycle;
  idleCpu?: IdleCpu;
  lag?: LagResult[];
  rssIdle?: { totalMb: number; processes: { name: string; mb: number }[] };
  soak?: SoakResult;
  notes?: string[];
}

export function saveRun(dir: string, run: RunResult): string {
  mkdirSync(join(dir, "results"), { recursive: true });
  const file = join(dir, "results", `${run.label}-${run.db}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}

/**
 * A run that measured only some phases (--only) on a reused database updates the saved run of
 * its label: the phases it measured replace theirs, the rest stay, and a note says what was
 * measured again and when.
 */
export function mergeIntoSaved(dir: string, run: RunResult, phases: string[]): RunResult {
  const file = join(dir, "results", `${run.label}-${run.db}.json`);
  if (!existsSync(file)) return run;
  const saved = JSON.parse(readFileSync(file, "utf8")) as RunResult;
  const measured = Object.fromEntries(Object.entries(run).filter(([key, value]) => value !== undefined && !["date", "loadBefore", "loadAfter", "notes", "seedMs", "tasks"].includes(key)));
  const note = `${phases.join(", ")} measured again on ${run.date} (load ${run.loadBefore} → ${run.loadAfter})${run.notes?.length ? `: ${run.notes.join("; ")}` : ""}`;
  return { ...saved, ...measured, notes: [...(saved.notes ?? []), note] };
}

export function loadRuns(dir: string): RunResult[] {
  const folder = join(dir, "results");
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(join(folder, f), "utf8")) as RunResult);
}

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "—" : n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(n >= 10 ? 0 : 1));
const pair = (s?: { p50: number; p95: number }) => (s ? `${ms(s.p50)} / ${ms(s.p95)}` : "—");
const LABEL_ORDER = ["before", "after"];
const DBS = ["sqlite", "postgres"] as const;
const DB_NAME = { sqlite: "SQLite", postgres: "PostgreSQL" };

function columns(runs: RunResult[]): RunResult[] {
  const labels = [...new Set(runs.map((r) => r.label))].sort((a, b) => (LABEL_ORDER.indexOf(a) + 1 || 99) - (LABEL_ORDER.indexOf(b) + 1 || 99));
  return DBS.flatMap((db) => labels.map((label) => runs.find((r) => r.db === db && r.label === label)).filter((r): r is RunResult => Boolean(r)));
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

export function renderResults(runs: RunResult[]): string {
  const cols = columns(runs);
  if (!cols.length) return "# Benchmark results\n\nNo runs yet: `npm run bench`.\n";
  const head = cols.map((r) => `${DB_NAME[r.db]} ${r.label}`);
  const out: string[] = ["# Benchmark results", "", "Written by `npm run bench` (tools/bench). Times in ms, p50 / p95, through the real server (`npm start`) over HTTP, one client at a time unless said otherwise.", ""];
  out.push(table(["run", "tasks", "date", "cores", "load average before → after", "seed"], cols.map((r) => [
    `${DB_NAME[r.db]} ${r.label}`, r.tasks.toLocaleString("en-US"), r.date, `${r.cores} × ${r.cpu}`, `${r.loadBefore} → ${r.loadAfter}`, r.seedMs ? `${(r.seedMs / 1000).toFixed(0)} s` : "—",
  ])));
  out.push("", "## Lists (the issue's table)", "");
  const names = [...new Set(cols.flatMap((r) => r.lists?.map((l) => l.name) ?? []))];
  out.push(table(["request", ...head], names.map((name) => [name, ...cols.map((r) => pair(r.lists?.find((l) => l.name === name)?.stats))])));
  out.push("", `Requests per row: ${cols.map((r, i) => `${head[i]} ${r.lists?.[0]?.stats.n ?? "—"}`).join(", ")}.`);
  out.push("", "## Stalls: cheap requests while the admin list, 11 live tables and the poller run", "");
  const stallNames = [...new Set(cols.flatMap((r) => Object.keys(r.stall?.loaded ?? {})))];
  out.push(table(["request", ...head], stallNames.flatMap((name) => [
    [`${name}, idle`, ...cols.map((r) => pair(r.stall?.idle[name]))],
    [`${name}, under load (max)`, ...cols.map((r) => (r.stall?.loaded[name] ? `${pair(r.stall.loaded[name])} (${ms(r.stall.loaded[name]!.max)})` : "—"))],
  ])));
  out.push("", "## Relay throughput against the simulator, same run", "");
  const relayNames = [...new Set(cols.flatMap((r) => r.relay?.map((x) => x.name) ?? []))];
  out.push(table(["request (connections)", ...head], relayNames.map((name) => [
    `${name} (${cols.flatMap((r) => r.relay ?? []).find((x) => x.name === name)?.connections})`,
    ...cols.map((r) => {
      const row = r.relay?.find((x) => x.name === name);
      return row ? `**${row.ratio.toFixed(3)}×** (${row.gateway.rps.toFixed(0)} vs ${row.simulator.rps.toFixed(0)} req/s, p99 ${ms(row.gateway.p99)} vs ${ms(row.simulator.p99)})` : "—";
    }),
  ])));
  out.push("", "## Background work and memory", "");
  out.push(table(["figure", ...head], [
    ["poll cycle: channels, unfinished tasks", ...cols.map((r) => (r.pollCycle ? `${r.pollCycle.channels}, ${r.pollCycle.tasks.toLocaleString("en-US")}` : "—"))],
    ["poll cycle: upstream requests per channel", ...cols.map((r) => (r.pollCycle ? r.pollCycle.requestsPerChannel.join(", ") : "—"))],
    ["poll cycle, warm: wall / CPU ms", ...cols.map((r) => (r.pollCycle ? `${ms(r.pollCycle.wallMs)} / ${ms(r.pollCycle.cpuMs)}${r.pollCycle.warm ? "" : " (the first cycle, cold)"}` : "—"))],
    ["server CPU with only background work", ...cols.map((r) => (r.idleCpu ? `${r.idleCpu.cpuPercent.toFixed(1)} %` : "—"))],
    ["PostgreSQL's CPU meanwhile", ...cols.map((r) => (r.idleCpu?.databaseCpuPercent !== undefined ? `${r.idleCpu.databaseCpuPercent.toFixed(1)} %` : "—"))],
    ["lag finish → stored, polling (p50 / p95 / max)", ...cols.map((r) => lag(r.lag?.find((l) => !l.push)))],
    ["lag finish → stored, push (p50 / p95 / max)", ...cols.map((r) => lag(r.lag?.find((l) => l.push)))],
    ["`npm start` tree RSS, idle", ...cols.map((r) => (r.rssIdle ? `${r.rssIdle.totalMb.toFixed(0)} MB (${r.rssIdle.processes.map((p) => `${p.name} ${p.mb.toFixed(0)}`).join(", ")})` : "—"))],
    ["soak: RSS before → peak → after", ...cols.map((r) => (r.soak ? `${r.soak.rssBeforeMb.toFixed(0)} → ${r.soak.rssPeakMb.toFixed(0)} → ${r.soak.rssAfterMb.toFixed(0)} MB (${r.soak.seconds} s)` : "—"))],
    ["soak: requests (errors), cheap p95", ...cols.map((r) => (r.soak ? `${r.soak.requests.toLocaleString("en-US")} (${r.soak.errors}), ${ms(r.soak.cheap.p95)} ms` : "—"))],
  ]));
  const notes = cols.flatMap((r) => (r.notes ?? []).map((n) => `- ${DB_NAME[r.db]} ${r.label}: ${n}`));
  if (notes.length) out.push("", "## Notes", "", ...notes);
  return `${out.join("\n")}\n`;
}

function lag(l?: LagResult): string {
  if (!l) return "—";
  if (!l.stored) return `none stored of ${l.tasks}`;
  return `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.max)} (${l.stored}/${l.tasks})`;
}
