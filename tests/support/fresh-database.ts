// Every test file gets a database of its own, migrated from the committed migrations:
// a fresh SQLite file, or (TEST_DATABASE=postgres) a fresh PostgreSQL database that is
// dropped afterwards. Nothing is mocked.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { applyMigrations } from "../../lib/db/migrate";
import { POSTGRES_ADMIN_URL } from "./database-run";
const usePostgres = process.env.TEST_DATABASE === "postgres";

process.env.AUTH_SECRET ||= "test-secret-test-secret-test-secret";
process.env.MJ_BACKGROUND = "off";
process.env.NOTIFY_HOOK_ALLOW ||= "";
// As scripts/next-server.mjs does: tests name the socket peer with the x-mj-peer header.
process.env.MJ_PEER_HEADER = "on";

let cleanup: () => Promise<void>;

if (usePostgres) {
  // The run's prefix lets its global teardown drop what a file could not (database-run.ts).
  const name = `mj_test_${inject("databaseRun")}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), "mj-test-"));
  process.env.DATABASE_URL = `file:${join(dir, "test.db")}`;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

(globalThis as { mjDb?: unknown }).mjDb = undefined;
await applyMigrations(process.env.DATABASE_URL!);

afterAll(async () => {
  const db = (globalThis as { mjDb?: { $disconnect(): Promise<void> } }).mjDb;
  await db?.$disconnect();
  (globalThis as { mjDb?: unknown }).mjDb = undefined;
  await cleanup();
});
