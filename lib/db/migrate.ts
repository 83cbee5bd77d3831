// Applies the committed Prisma migrations at start, without Prisma's schema engine
// (it cannot be downloaded offline). The _prisma_migrations table is kept exactly as
// Prisma keeps it, so `prisma migrate status/deploy` agree on a machine with the engine.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../env";
import { sqliteFilePath } from "../db";

// Prisma's own advisory lock id, so we never race a concurrent `prisma migrate deploy`.
const PRISMA_MIGRATE_LOCK = 72707369;

interface MigrationRow { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown }

interface Runner {
  exec(sql: string): Promise<void>;
  rows(sql: string, params?: unknown[]): Promise<MigrationRow[]>;
  run(sql: string, params: unknown[]): Promise<void>;
  close(): Promise<void>;
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

async function sqliteRunner(url: string): Promise<Runner> {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  // WAL lets the server, the poller and scripts read while one of them writes.
  db.pragma("journal_mode = WAL");
  db.exec(SQLITE_TABLE);
  const now = () => new Date().toISOString();
  return {
    exec: async (sql) => void db.exec(sql),
    rows: async (sql, params = []) => db.prepare(sql).all(...params) as MigrationRow[],
    run: async (sql, params) => void db.prepare(sql.replaceAll("NOW()", `'${now()}'`)).run(...params),
    close: async () => void db.close(),
  };
}

async function postgresRunner(url: string): Promise<Runner> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  await client.query(POSTGRES_TABLE);
  const numbered = (sql: string) => { let i = 0; return sql.replace(/\?/g, () => `$${++i}`); };
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async (sql, params = []) => (await client.query(numbered(sql), params)).rows,
    run: async (sql, params) => void (await client.query(numbered(sql), params)),
    close: async () => {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
      await client.end();
    },
  };
}

export function migrationsDir(url: string): string {
  return isPostgresUrl(url) ? "prisma/postgresql/migrations" : "prisma/migrations";
}

export interface MigrateResult { applied: string[]; skipped: string[] }

export async function applyMigrations(url: string, dir = migrationsDir(url)): Promise<MigrateResult> {
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const runner = isPostgresUrl(url) ? await postgresRunner(url) : await sqliteRunner(url);
  const result: MigrateResult = { applied: [], skipped: [] };
  try {
    const rows = await runner.rows(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const failed = rows.find((r) => r.finished_at == null && r.rolled_back_at == null);
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} failed earlier; fix the database, then mark it rolled back (prisma migrate resolve) before starting again.`);
    }
    for (const name of names) {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (rows.some((r) => r.migration_name === name && r.finished_at != null && r.rolled_back_at == null)) {
        result.skipped.push(name);
        continue;
      }
      const id = randomUUID();
      await runner.run(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, NOW(), 0)`, [id, checksum, name]);
      try {
        await runner.exec(sql);
      } catch (error) {
        await runner.run(`UPDATE "_prisma_migrations" SET logs = ? WHERE id = ?`, [String(error), id]);
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      }
      await runner.run(`UPDATE "_prisma_migrations" SET finished_at = NOW(), applied_steps_count = 1 WHERE id = ?`, [id]);
      result.applied.push(name);
    }
  } finally {
    await runner.close();
  }
  return result;
}
