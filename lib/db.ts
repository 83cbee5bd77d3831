// The one Prisma client. Both generated clients ship in every build; DATABASE_URL's
// scheme decides which one runs, so a single `next build` serves SQLite and PostgreSQL.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as SqliteClient, Prisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { getEnv, isPostgresUrl } from "./env";
import { sqliteAdapter, type SqliteConnections } from "./db/sqlite-adapter";

export type Db = SqliteClient;
export type Tx = Prisma.TransactionClient;
export type DbOrTx = Db | Tx;
export { Prisma };

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

/**
 * How long a transaction may wait to start and run. A burst queues for the pool's connections;
 * past these bounds the caller answers "busy, retry" (lib/http/to-api-error.ts), never a 500.
 */
function transactionOptions() {
  const env = getEnv();
  return { maxWait: env.DATABASE_TX_MAX_WAIT_MS, timeout: env.DATABASE_TX_TIMEOUT_MS };
}

/** The connections under a client, for the few statements that skip Prisma (lib/db/direct.ts). */
export type Connections = { kind: "postgres"; pool: pg.Pool } | { kind: "sqlite"; opened: () => SqliteConnections | undefined };
// A global symbol: Next evaluates lib/ once per server bundle, and all of them share one client.
const CONNECTIONS = Symbol.for("mj.db.connections");

export function connectionsOf(db: Db): Connections {
  return (db as unknown as Record<symbol, Connections>)[CONNECTIONS]!;
}

function withConnections(db: Db, connections: Connections): Db {
  return Object.defineProperty(db, CONNECTIONS, { value: connections });
}

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const env = getEnv();
    // A bounded pool, and a bounded wait for one of its connections (pg waits forever by default).
    // Pipeline mode lets a client send a statement before the answer to the one before it: the
    // group commit (lib/db/direct.ts) sends a batch's submits that way. Awaited one at a time,
    // as Prisma's are, queries run exactly as without it.
    // (pg 8.23's option; @types/pg does not know it yet.)
    const config: pg.PoolConfig & { pipeline: boolean } = { connectionString: url, max: env.DATABASE_POOL_SIZE, connectionTimeoutMillis: env.DATABASE_POOL_TIMEOUT_MS, pipeline: true };
    const pool = new pg.Pool(config);
    // An idle connection cut by the server (a restart, pg_terminate_backend, a proxy's timeout)
    // is an 'error' event on the pool, and one with no listener would end the process. Prisma
    // adds its listener only at its first query, and the group commit may query before that.
    // pg has already dropped the connection; the next query opens a new one.
    pool.on("error", (error) => console.warn(`[db] an idle PostgreSQL connection was closed: ${error.message}`));
    // The two clients are generated from the same models, so their APIs are identical.
    const client = new PostgresClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions: transactionOptions() }) as unknown as Db;
    return withConnections(client, { kind: "postgres", pool });
  }
  const adapter = sqliteAdapter(sqliteFilePath(url));
  const client = new SqliteClient({ adapter, transactionOptions: transactionOptions() });
  return withConnections(client, { kind: "sqlite", opened: () => adapter.connections });
}

const globalForDb = globalThis as unknown as { mjDb?: Db };

export function getDb(): Db {
  globalForDb.mjDb ??= createDb(getEnv().DATABASE_URL);
  return globalForDb.mjDb;
}
