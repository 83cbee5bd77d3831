// Vitest's global setup: names this run, and at its end drops the PostgreSQL databases the
// run's test files made. Each file drops its own after its tests (fresh-database.ts), but
// Vitest runs no hooks in a file whose tests are all skipped for the database at hand, and a
// killed worker runs none: their databases would stay behind on the server, one per run.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** Prefixes the names of this run's databases. */
    databaseRun: string;
  }
}

export default function setup(project: TestProject) {
  const run = randomBytes(4).toString("hex");
  project.provide("databaseRun", run);
  return async () => {
    if (process.env.TEST_DATABASE !== "postgres") return;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`mj_test_${run}_%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
}
