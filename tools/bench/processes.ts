// The processes a benchmark runs: the simulator (its own process, so its throughput is its
// own), and the product exactly as users start it (`npm start`). Memory and CPU are read
// from /proc for the whole process tree.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { send } from "./load";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})\n${output()}`);
    const ok = await send({ url }).then((a) => a.status > 0 && a.status < 500, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s\n${output()}`);
}

export interface Running { url: string; pid: number; child: ChildProcess; stop(): Promise<void>; output(): string }

function run(command: string, args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  // Its own process group, so stop() ends the whole tree it starts and nothing else.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  const keep = (chunk: Buffer) => { log = (log + chunk.toString()).slice(-20_000); };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { child, output: () => log };
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  try { process.kill(-child.pid, "SIGTERM"); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid!, "SIGKILL"); } catch { /* gone */ } }, 10_000);
  await exited;
  clearTimeout(timer);
}

export async function startSimulatorProcess(port: number, secret: string, stepMs: number): Promise<Running> {
  const { child, output } = run(process.execPath, ["--import", "tsx", "tools/mj-simulator/main.ts"], {
    PORT: String(port), MJ_SIM_SECRET: secret, MJ_SIM_STEP_MS: String(stepMs), MJ_SIM_STEPS: "4",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/mj/task/list-by-condition`, child, 30_000, output);
  return { url, pid: child.pid!, child, output, stop: () => stopGroup(child) };
}

/** `npm start` with the given database, as an operator runs it (a build happens if the sources changed). */
export async function startGateway(port: number, env: Record<string, string>): Promise<Running> {
  const { child, output } = run("npm", ["start", "--silent"], { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/status`, child, 600_000, output);
  return { url, pid: child.pid!, child, output, stop: () => stopGroup(child) };
}

interface ProcInfo { pid: number; ppid: number; rssKb: number; cpuTicks: number; reapedTicks: number; name: string }

function readProc(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    const name = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { pid, ppid: Number(fields[1]), rssKb: rss, cpuTicks: Number(fields[11]) + Number(fields[12]), reapedTicks: Number(fields[13]) + Number(fields[14]), name };
  } catch {
    return null;
  }
}

const allProcesses = () => readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map((d) => readProc(Number(d))).filter((p): p is ProcInfo => p !== null);

/** The process and all its descendants. */
export function processTree(root: number): ProcInfo[] {
  const all = allProcesses();
  const tree: ProcInfo[] = [];
  const visit = (pid: number) => {
    const self = all.find((p) => p.pid === pid);
    if (self) tree.push(self);
    for (const child of all.filter((p) => p.ppid === pid)) visit(child.pid);
  };
  visit(root);
  return tree;
}

export function treeRssMb(root: number): { totalMb: number; processes: { name: string; mb: number }[] } {
  const tree = processTree(root);
  return {
    totalMb: tree.reduce((s, p) => s + p.rssKb, 0) / 1024,
    processes: tree.map((p) => ({ name: p.name, mb: p.rssKb / 1024 })),
  };
}

const TICKS_PER_SECOND = 100;

/** CPU seconds used by a process tree so far (user + system). */
export function treeCpuSeconds(root: number): number {
  return processTree(root).reduce((s, p) => s + p.cpuTicks, 0) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by every process of that name (PostgreSQL's server runs as
 * "postgres"), with the children they reaped: a connection's backend that exits takes its
 * own count with it, into its parent's.
 */
export function namedCpuSeconds(name: string): number {
  return allProcesses().filter((p) => p.name === name).reduce((s, p) => s + p.cpuTicks + p.reapedTicks, 0) / TICKS_PER_SECOND;
}

export function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
}
