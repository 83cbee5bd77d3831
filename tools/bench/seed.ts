// Seeds a benchmark database with SQL: users, one API key each, channels and N tasks
// spread over 90 days, generated inside the database (a recursive CTE on SQLite,
// generate_series on PostgreSQL) so a million rows take a minute, not an hour.
//
// Shape (the issue's): 1,000 users; every 10th task belongs to the heavy user (id 2), the
// rest spread over the other 999 (~900 each at 1M); 5 channels (~N/5 each); the newest 1%
// unfinished (submitted in the last 30 minutes, as unfinished tasks are in real life).
// Row widths are realistic: prompts, image URLs, the nine grid buttons as JSON.
import Database from "better-sqlite3";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { hashPassword } from "../../lib/auth/password";
import { isPostgresUrl } from "../../lib/env";
import { sqliteFilePath } from "../../lib/db";
import { REBUILD_TASK_COUNTS_SQL } from "../../lib/tasks/task-counts";

export const HEAVY_USER_ID = 2;
export const ADMIN_USER_ID = 1;
export const BENCH_PASSWORD = "bench-password";

export interface SeedOptions {
  url: string;
  tasks: number;
  users?: number;
  channels?: number;
  days?: number;
  /** Base URL every channel forwards to (the simulator). */
  upstreamUrl: string;
  upstreamSecret: string;
  now?: number;
}

export interface SeedResult { tasks: number; users: number; channels: number; unfinished: number; ms: number }

const DAY_MS = 86_400_000;
const RECENT_MS = 30 * 60_000;

/** One SELECT list for both databases: every column of a task computed from n (0-based). */
function taskColumns(dialect: "sqlite" | "postgres", o: Required<Omit<SeedOptions, "url" | "upstreamUrl" | "upstreamSecret">>) {
  const unfinished = Math.floor(o.tasks / 100);
  const finished = o.tasks - unfinished;
  const start = o.now - o.days * DAY_MS;
  const span = o.days * DAY_MS - RECENT_MS;
  const hex = (expr: string, width: number) =>
    dialect === "sqlite" ? `printf('%0${width}x', ${expr})` : `lpad(to_hex(${expr}), ${width}, '0')`;
  const text = (expr: string) => (dialect === "sqlite" ? `CAST(${expr} AS TEXT)` : `(${expr})::text`);
  const json = (expr: string) => (dialect === "sqlite" ? expr : `(${expr})::jsonb`);
  // h: a Knuth multiplicative hash of n, so user, channel, action and status are uncorrelated.
  const h = `((n * 2654435761) % 4294967296)`;
  const hash = `${hex(`${h}`, 8)} || '-' || ${hex(`(${h} / 65536) % 65536`, 4)} || '-4' || ${hex(`n % 4096`, 3)} || '-a' || ${hex(`(${h} / 4096) % 4096`, 3)} || '-' || ${hex(`(n * 40503) % 281474976710656`, 12)}`;
  const grid = ["upsample::1", "upsample::2", "upsample::3", "upsample::4"].map((b, i) => `{"customId":"MJ::JOB::${b}::' || hash || '","emoji":"","label":"U${i + 1}","type":2,"style":2}`)
    .concat(`{"customId":"MJ::JOB::reroll::0::' || hash || '::SOLO","emoji":"🔄","label":"","type":2,"style":2}`)
    .concat([1, 2, 3, 4].map((i) => `{"customId":"MJ::JOB::variation::${i}::' || hash || '","emoji":"","label":"V${i}","type":2,"style":2}`));
  const upscale = ["high_variation::1", "low_variation::1"].map((b, i) => `{"customId":"MJ::JOB::${b}::' || hash || '::SOLO","emoji":"🪄","label":"Vary (${i ? "Subtle" : "Strong"})","type":2,"style":2}`)
    .concat(["pan_left", "pan_right", "pan_up", "pan_down"].map((b) => `{"customId":"MJ::JOB::${b}::1::' || hash || '::SOLO","emoji":"","label":"","type":2,"style":2}`));
  const base = `SELECT n,
      CASE WHEN n % 10 = 0 THEN ${HEAVY_USER_ID} WHEN 1 + ${h} % ${o.users - 1} = ${HEAVY_USER_ID} THEN ${o.users} ELSE 1 + ${h} % ${o.users - 1} END AS user_id,
      1 + (${h} / 256) % ${o.channels} AS channel_id,
      CASE WHEN (${h} / 65536) % 100 < 70 THEN 'IMAGINE' WHEN (${h} / 65536) % 100 < 90 THEN 'UPSCALE' WHEN (${h} / 65536) % 100 < 98 THEN 'VARIATION' ELSE 'DESCRIBE' END AS action,
      CASE WHEN n >= ${finished} THEN (CASE n % 3 WHEN 0 THEN 'SUBMITTED' WHEN 1 THEN 'IN_PROGRESS' ELSE 'NOT_START' END)
           WHEN (${h} / 16777216) % 100 < 5 THEN 'FAILURE' ELSE 'SUCCESS' END AS status,
      CASE WHEN n >= ${finished} THEN ${o.now - RECENT_MS} + (n - ${finished}) * ${RECENT_MS} / ${Math.max(unfinished, 1)}
           ELSE ${start} + n * ${span} / ${Math.max(finished, 1)} END AS submit_time,
      ${hash} AS hash
    FROM seq`;
  return `SELECT
      ${text(`1700000000000000 + n`)}, user_id, user_id, channel_id, action, 'MID_JOURNEY',
      'bench prompt ' || ${text("n")} || ', a lighthouse on a cliff at dusk, volumetric light, highly detailed --ar 16:9 --v 6',
      'bench prompt ' || ${text("n")} || ', a lighthouse on a cliff at dusk, volumetric light, highly detailed --ar 16:9 --v 6',
      'Submit success', submit_time,
      CASE WHEN status = 'NOT_START' THEN 0 ELSE submit_time + 2000 END,
      CASE WHEN status IN ('SUCCESS', 'FAILURE') THEN submit_time + 60000 ELSE 0 END,
      CASE WHEN status = 'SUCCESS' THEN 'https://cdn.discordapp.com/attachments/1108000000000000000/1200000000000000000/bench_' || hash || '.png' ELSE '' END,
      status,
      CASE status WHEN 'SUCCESS' THEN '100%' WHEN 'IN_PROGRESS' THEN '50%' ELSE '0%' END,
      CASE WHEN status = 'FAILURE' THEN '[Invalid parameter] Invalid value' ELSE '' END,
      ${json(`CASE WHEN status <> 'SUCCESS' THEN '[]' WHEN action = 'UPSCALE' THEN '[${upscale.join(",")}]' WHEN action = 'DESCRIBE' THEN '[]' ELSE '[${grid.join(",")}]' END`)},
      ${json(`'{"finalPrompt":"bench prompt ' || ${text("n")} || ', a lighthouse on a cliff at dusk","discordInstanceId":"1108000000000000000"}'`)},
      'mj_' || lower(action),
      CASE WHEN action IN ('UPSCALE', 'DESCRIBE') THEN 25000 ELSE 50000 END,
      CASE WHEN status = 'FAILURE' THEN submit_time + 60000 ELSE 0 END,
      CASE WHEN status IN ('SUCCESS', 'FAILURE') THEN 4 ELSE 1 END,
      CASE WHEN status IN ('SUCCESS', 'FAILURE') THEN submit_time + 60000 ELSE submit_time END
    FROM (${base}) AS t`;
}

const TASK_COLUMNS = `"mj_id", "user_id", "token_id", "channel_id", "action", "bot_type", "prompt", "prompt_en", "description", "submit_time", "start_time", "finish_time", "image_url", "status", "progress", "fail_reason", "buttons", "properties", "model_name", "quota", "refunded_at", "version", "updated_at"`;

interface Exec { run(sql: string): Promise<void>; all<T>(sql: string): Promise<T[]> }

/** Drops the tasks table's indexes and triggers around a bulk insert and recreates them after. */
async function withoutTaskIndexes(db: Exec, dialect: "sqlite" | "postgres", insert: () => Promise<void>) {
  const objects = dialect === "sqlite"
    ? await db.all<{ name: string; sql: string; type: string }>(`SELECT name, sql, type FROM sqlite_master WHERE tbl_name = 'tasks' AND type IN ('index', 'trigger') AND sql IS NOT NULL`)
    : [
        ...(await db.all<{ name: string; sql: string; type: string }>(`SELECT indexname AS name, indexdef AS sql, 'index' AS type FROM pg_indexes WHERE tablename = 'tasks' AND indexname <> 'tasks_pkey'`)),
      ];
  for (const o of objects) if (o.type === "index") await db.run(`DROP INDEX "${o.name}"`);
  if (dialect === "postgres") await db.run(`ALTER TABLE tasks DISABLE TRIGGER USER`);
  else for (const o of objects) if (o.type === "trigger") await db.run(`DROP TRIGGER "${o.name}"`);
  await insert();
  if (dialect === "postgres") await db.run(`ALTER TABLE tasks ENABLE TRIGGER USER`);
  for (const o of objects) await db.run(o.sql);
  // The kept counts the dropped triggers did not maintain (absent before the task_counts migration).
  const counted = dialect === "sqlite"
    ? await db.all(`SELECT 1 FROM sqlite_master WHERE name = 'task_counts'`)
    : await db.all(`SELECT 1 FROM pg_tables WHERE tablename = 'task_counts'`);
  if (counted.length) for (const sql of REBUILD_TASK_COUNTS_SQL) await db.run(sql);
}

async function seedWith(db: Exec, dialect: "sqlite" | "postgres", o: SeedOptions & Required<Pick<SeedOptions, "users" | "channels" | "days" | "now">>) {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const nowSec = Math.floor(o.now / 1000);
  const seq = dialect === "sqlite"
    ? (n: number) => `WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ${n - 1}) `
    : (n: number) => `WITH seq AS (SELECT n::bigint AS n FROM generate_series(0, ${n - 1}) AS n) `;
  await db.run(`${seq(o.users)}INSERT INTO users ("id", "username", "password_hash", "display_name", "role", "group", "quota", "webhook_secret")
    SELECT n + 1, 'bench_' || (n + 1), '${passwordHash}', 'Bench user ' || (n + 1), CASE WHEN n = 0 THEN 100 ELSE 1 END, 'default', 500000000000, 'whsec_bench_' || (n + 1) FROM seq`);
  await db.run(`${seq(o.users)}INSERT INTO tokens ("id", "user_id", "key", "name", "created_time", "unlimited_quota")
    SELECT n + 1, n + 1, 'benchkey' || ${dialect === "sqlite" ? "printf('%040d', n + 1)" : "lpad((n + 1)::text, 40, '0')"}, 'bench key', ${nowSec}, ${dialect === "sqlite" ? 1 : "true"} FROM seq`);
  await db.run(`${seq(o.channels)}INSERT INTO channels ("id", "type", "name", "base_url", "key", "group", "created_time", "auto_ban")
    SELECT n + 1, 5, 'bench channel ' || (n + 1), '${o.upstreamUrl}', '${o.upstreamSecret}', 'default,vip,svip', ${nowSec}, 0 FROM seq`);
  await withoutTaskIndexes(db, dialect, () => db.run(`${seq(o.tasks)}INSERT INTO tasks (${TASK_COLUMNS}) ${taskColumns(dialect, { tasks: o.tasks, users: o.users, channels: o.channels, days: o.days, now: o.now })}`));
  if (dialect === "postgres") {
    for (const table of ["users", "tokens", "channels", "tasks"]) await db.run(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
  }
}

/** Migrates `url` (which must be empty) and fills it. */
export async function seedDatabase(options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const o = { users: 1000, channels: 5, days: 90, now: Date.now(), ...options };
  await applyMigrations(o.url);
  if (isPostgresUrl(o.url)) {
    const client = new pg.Client({ connectionString: o.url });
    await client.connect();
    try {
      const db: Exec = { run: async (sql) => void (await client.query(sql)), all: async (sql) => (await client.query(sql)).rows };
      await db.run("BEGIN");
      await seedWith(db, "postgres", o);
      await db.run("COMMIT");
      // What autovacuum does to any real install shortly after a bulk load (visibility map
      // for index-only scans, planner statistics). SQLite has no such daemon: there the
      // app's own statistics upkeep must do it, so the seeder leaves it undone.
      await db.run("VACUUM (ANALYZE) tasks");
    } finally {
      await client.end();
    }
  } else {
    const sqlite = new Database(sqliteFilePath(o.url));
    try {
      sqlite.pragma("journal_mode = WAL");
      const db: Exec = { run: async (sql) => void sqlite.exec(sql), all: async <T>(sql: string) => sqlite.prepare(sql).all() as T[] };
      sqlite.exec("BEGIN");
      await seedWith(db, "sqlite", o);
      sqlite.exec("COMMIT");
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      sqlite.close();
    }
  }
  return { tasks: o.tasks, users: o.users, channels: o.channels, unfinished: Math.floor(o.tasks / 100), ms: performance.now() - started };
}
