// SQLite through Prisma's better-sqlite3 adapter, with two fixes for a server:
//
// 1. The adapter has one connection and locks it only for transactions, so a statement
//    from another request that runs while a transaction awaits becomes part of that
//    transaction, and is silently undone if it rolls back (a committed-looking refund or
//    status change lost). Here every write waits for the open transaction to finish.
// 2. Reads (SELECT) go to a second, read-only connection: in WAL mode they see the last
//    commit without waiting for a writer, and never see a transaction's uncommitted rows.
//
// Both connections get the pragmas a long-running server wants (see CONNECTION_PRAGMAS),
// and the writer keeps the planner's statistics fresh (PRAGMA optimize).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

// WAL: readers and one writer side by side. synchronous=NORMAL: in WAL mode a commit is
// atomic and the file never corrupts; a power cut may lose the last commits, never half of
// one, and a task and its charge are one commit. An 8 MB page cache each (default 2 MB):
// the lists read a few index pages, and the OS caches the file without counting it in our
// memory. analysis_limit bounds PRAGMA optimize to a sample (~0.1 s at a million tasks).
const CONNECTION_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192;
  PRAGMA temp_store = MEMORY; PRAGMA analysis_limit = 1000;`;

// The planner's statistics, kept as SQLite advises for long-lived connections: gathered
// where missing or stale when the connection opens, refreshed every few hours after.
const OPTIMIZE_EVERY_MS = 6 * 3600_000;

const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

/** A FIFO lock: each caller gets its turn after everyone who asked before. */
export class Lock {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => turn);
    return previous.then(() => once(release));
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) (done = true), fn();
  };
}

async function exclusive<T>(lock: Lock, work: () => Promise<T>): Promise<T> {
  const release = await lock.acquire();
  try {
    return await work();
  } finally {
    release();
  }
}

function releasingTransaction(tx: Transaction, release: () => void): Transaction {
  return {
    provider: tx.provider, adapterName: tx.adapterName, options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => tx.commit().finally(release),
    rollback: () => tx.rollback().finally(release),
    createSavepoint: tx.createSavepoint && ((name) => tx.createSavepoint!(name)),
    rollbackToSavepoint: tx.rollbackToSavepoint && ((name) => tx.rollbackToSavepoint!(name)),
    releaseSavepoint: tx.releaseSavepoint && ((name) => tx.releaseSavepoint!(name)),
  };
}

function serverAdapter(writer: SqlDriverAdapter, reader: SqlDriverAdapter, lock: Lock): SqlDriverAdapter {
  const optimizer = setInterval(() => void exclusive(lock, () => writer.executeScript("PRAGMA optimize")).catch(() => undefined), OPTIMIZE_EVERY_MS);
  optimizer.unref();
  return {
    provider: writer.provider, adapterName: writer.adapterName,
    queryRaw: (query: SqlQuery) => (isRead(query.sql) ? reader.queryRaw(query) : exclusive(lock, () => writer.queryRaw(query))),
    executeRaw: (query: SqlQuery) => exclusive(lock, () => writer.executeRaw(query)),
    executeScript: (script: string) => exclusive(lock, () => writer.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel) {
      const release = await lock.acquire();
      try {
        return releasingTransaction(await writer.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    getConnectionInfo: writer.getConnectionInfo && (() => writer.getConnectionInfo!()),
    dispose: async () => {
      clearInterval(optimizer);
      await Promise.all([...new Set([writer, reader])].map((connection) => connection.dispose()));
    },
  };
}

/** The connections and the writer's lock, for statements that skip Prisma (lib/db/direct.ts). */
export interface SqliteConnections { writer: Database; reader: Database; lock: Lock }

const clientOf = (adapter: SqlDriverAdapter) => (adapter as unknown as { client: Database }).client;

export function sqliteAdapter(file: string): SqlDriverAdapterFactory & { connections?: SqliteConnections } {
  const factory = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  const adapter: SqlDriverAdapterFactory & { connections?: SqliteConnections } = {
    provider: "sqlite", adapterName: factory.adapterName,
    async connect() {
      const writer = await factory.connect();
      await writer.executeScript(`${CONNECTION_PRAGMAS} PRAGMA optimize = 0x10002;`);
      const lock = new Lock();
      // An in-memory database exists once per connection: there the writer reads too.
      const reader = file === ":memory:" ? writer : await factory.connect();
      if (reader !== writer) await reader.executeScript(`${CONNECTION_PRAGMAS} PRAGMA query_only = ON;`);
      adapter.connections = { writer: clientOf(writer), reader: clientOf(reader), lock };
      return serverAdapter(writer, reader, lock);
    },
  };
  return adapter;
}
