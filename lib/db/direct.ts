// Direct SQL for the hottest statements (a submit's reservation and confirmation, refunds,
// the relay's task reads, the poller's and the push's writes), on the connections Prisma
// uses. Through Prisma a submit's ten statements cost most of its CPU, and on SQLite an
// interactive transaction holds the one writer across event-loop turns, so every request in
// flight waits behind it. Here a transaction's statements run back to back: on SQLite
// synchronously on the writer, under the same lock Prisma's writes take
// (lib/db/sqlite-adapter.ts); on PostgreSQL on one pooled connection, Prisma's pool.
//
// Statements are written once for both databases: "?" placeholders (numbered for
// PostgreSQL here), double-quoted identifiers, no dialect-only functions.
import type { Database, Statement } from "better-sqlite3";
import type { Pool } from "pg";
import { connectionsOf, getDb, type Db } from "../db";
import type { SqliteConnections } from "./sqlite-adapter";

export type SqlValue = string | number | bigint | boolean | null;
export type Row = Record<string, unknown>;

export interface DirectTx {
  /** Rows of a statement (a SELECT, or a write with RETURNING). */
  rows(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /** Runs a write; the number of rows it changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
}

export interface DirectDb extends DirectTx {
  /** Rows of a SELECT as last committed, without waiting for a writer (SQLite's reader connection). */
  read(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /**
   * Runs `work` as one transaction: committed when it returns, rolled back when it throws.
   * `work` awaits nothing but `tx`'s statements: on SQLite it holds the writer's lock, so a
   * Prisma write awaited inside would wait for it forever.
   */
  transaction<T>(work: (tx: DirectTx) => Promise<T>): Promise<T>;
}

// Statements are kept per SQL text; a list of n ids has a text per n, so the oldest go first.
const MAX_PREPARED = 256;

/** SQLite: statements prepared once per connection, run synchronously. */
function sqliteTx(db: Database): DirectTx {
  const prepared = new Map<string, Statement>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (!found) {
      if (prepared.size >= MAX_PREPARED) prepared.delete(prepared.keys().next().value!);
      prepared.set(sql, (found = db.prepare(sql)));
    }
    return found;
  };
  const bind = (params: SqlValue[]) => params.map((value) => (typeof value === "boolean" ? Number(value) : value));
  return {
    rows: async (sql, params = []) => statement(sql).all(...bind(params)) as Row[],
    run: async (sql, params = []) => statement(sql).run(...bind(params)).changes,
  };
}

function sqliteDirect({ writer, reader, lock }: SqliteConnections): DirectDb {
  const tx = sqliteTx(writer);
  const reads = reader === writer ? tx : sqliteTx(reader);
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    read: reader === writer ? (sql, params) => exclusive(() => tx.rows(sql, params)) : reads.rows,
    rows: (sql, params) => exclusive(() => tx.rows(sql, params)),
    run: (sql, params) => exclusive(() => tx.run(sql, params)),
    // `work` awaits only these synchronous statements, so nothing else runs on the writer
    // between BEGIN and COMMIT, and the lock is held for microseconds.
    transaction: (work) => exclusive(async () => {
      await tx.run("BEGIN IMMEDIATE");
      try {
        const result = await work(tx);
        await tx.run("COMMIT");
        return result;
      } catch (error) {
        if (writer.inTransaction) await tx.run("ROLLBACK");
        throw error;
      }
    }),
  };
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const pgParams = (params: SqlValue[]) => params.map((value) => (typeof value === "bigint" ? value.toString() : value));

function postgresDirect(pool: Pool): DirectDb {
  const texts = new Map<string, string>();
  const text = (sql: string) => {
    let found = texts.get(sql);
    if (!found) texts.set(sql, (found = numbered(sql)));
    return found;
  };
  const on = (client: Pick<Pool, "query">): DirectTx => ({
    rows: async (sql, params = []) => (await client.query(text(sql), pgParams(params))).rows,
    run: async (sql, params = []) => (await client.query(text(sql), pgParams(params))).rowCount ?? 0,
  });
  const direct = on(pool);
  return {
    ...direct,
    read: direct.rows,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(on(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The SELECT list of a Prisma select of scalar fields, each column named as Prisma names the field. */
export function columnsOf(select: Record<string, boolean>): string {
  return Object.keys(select).map((field) => `"${snakeCase(field)}" AS "${field}"`).join(", ");
}

export interface FieldTypes { int?: readonly string[]; bigint?: readonly string[]; json?: readonly string[] }

/**
 * A row typed as Prisma gives it. The drivers differ: Prisma's SQLite connections answer
 * every integer as a bigint and JSON as text; PostgreSQL answers int8 as text and JSON parsed.
 */
export function typedRow<T>(row: Row, types: FieldTypes): T {
  const typed = { ...row };
  for (const field of types.bigint ?? []) typed[field] = BigInt(row[field] as number | string | bigint);
  for (const field of types.int ?? []) if (row[field] != null) typed[field] = Number(row[field]);
  for (const field of types.json ?? []) if (typeof row[field] === "string") typed[field] = JSON.parse(row[field] as string);
  return typed as T;
}

// One handle per client, on the client itself: Next evaluates lib/ once per server bundle.
const DIRECT = Symbol.for("mj.db.direct");
type WithDirect = Db & { [DIRECT]?: DirectDb };

/** The direct SQL handle of a Prisma client's own connections (getDb()'s by default). */
export async function directDb(db: Db = getDb()): Promise<DirectDb> {
  const holder = db as WithDirect;
  if (holder[DIRECT]) return holder[DIRECT];
  const connections = connectionsOf(db);
  if (connections.kind === "postgres") return (holder[DIRECT] = postgresDirect(connections.pool));
  // Prisma opens the SQLite connections on its first query; they are known from then.
  if (!connections.opened()) await db.$connect();
  const opened = connections.opened();
  if (!opened) throw new Error("The SQLite connections are not open.");
  return (holder[DIRECT] = sqliteDirect(opened));
}
