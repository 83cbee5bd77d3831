// npm run bench: speed figures on a fresh SQLite database (BENCH_DATABASE_URL for PostgreSQL).
// Measures submit throughput through the real handler + simulator, the poll cost for N active
// tasks (upstream requests and wall time per cycle) and notify delivery throughput.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${join(mkdtempSync(join(tmpdir(), "mj-bench-")), "bench.db")}`;
process.env.AUTH_SECRET ??= "bench-secret";
process.env.MJ_BACKGROUND = "off";
process.env.NOTIFY_HOOK_ALLOW = "127.0.0.1";

const { applyMigrations } = await import("../../lib/db/migrate");
await applyMigrations(process.env.DATABASE_URL);
const { getDb } = await import("../../lib/db");
const { startSimulator } = await import("../mj-simulator/server");
const { makeUser, makeKey, makeChannel } = await import("../../tests/support/fixtures");
const { startReceiver } = await import("../../tests/support/receiver");
const { POST: imagine } = await import("../../app/mj/submit/imagine/route");
const { pollAllChannels } = await import("../../lib/jobs/run-cycle");
const { deliverDueNotifications } = await import("../../lib/notify/deliver-due");

const sim = await startSimulator({ secret: "sim-secret", stepMs: 3_600_000 });
await makeChannel(sim, { autoBan: 0 });
const user = await makeUser({ quota: 1_000_000_000 });
const { key } = await makeKey(user.id);
const receiver = await startReceiver(0);

const submit = (i: number, notifyHook?: string) =>
  imagine(new Request("http://bench.test/mj/submit/imagine", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ prompt: `bench ${i}`, notifyHook }) }), { params: Promise.resolve({}) });

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 500);
const CONCURRENCY = 10;
const [, submitMs] = await timed(async () => {
  for (let i = 0; i < SUBMITS; i += CONCURRENCY) await Promise.all(Array.from({ length: CONCURRENCY }, (_, j) => submit(i + j)));
});
console.log(`submit: ${SUBMITS} imagines (${CONCURRENCY} concurrent) in ${submitMs.toFixed(0)} ms → ${(SUBMITS / (submitMs / 1000)).toFixed(0)} submits/s, ${(submitMs / SUBMITS).toFixed(2)} ms each`);

const before = sim.requests.length;
const [results, pollMs] = await timed(pollAllChannels);
console.log(`poll: ${results[0]?.tasks} active tasks on 1 channel → ${sim.requests.length - before} upstream requests per cycle, ${pollMs.toFixed(0)} ms per cycle`);

const HOOKS = 200;
for (let i = 0; i < HOOKS; i++) await submit(i, receiver.url);
const tasks = await getDb().task.findMany({ where: { notifyHook: { not: "" } }, select: { id: true, version: true } });
const { enqueueNotify } = await import("../../lib/notify/enqueue");
for (const task of tasks) await enqueueNotify(task.id, task.version);
const [, deliverMs] = await timed(async () => {
  while ((await deliverDueNotifications()) > 0);
});
console.log(`notify: ${receiver.received.length} deliveries in ${deliverMs.toFixed(0)} ms → ${(receiver.received.length / (deliverMs / 1000)).toFixed(0)} deliveries/s`);
console.log(`memory: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);

await receiver.close();
await sim.close();
await getDb().$disconnect();
