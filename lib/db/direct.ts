// Direct SQL for the hottest statements (a submit's reservation and confirmation, refunds,
// the relay's task reads, the poller's and the push's writes), on the connections Prisma
// uses. Through Prisma a submit's ten statements cost most of its CPU, and on SQLite an
// interactive transaction holds the one writer across event-loop turns, so every request in
// flight waits behind it. Here a transaction's statements run back to back: on SQLite
// synchronously on the writer, under the same lock Prisma's writes take
// (lib/db/sqlite-adapter.ts); on PostgreSQL on one pooled connection, Prisma's pool, where
// a batch's single-statement transactions go out together (pipelined, one round trip), and
// the COMMIT with them when each one's statement alone decides its outcome.
//
// Statements are written once for both databases: "?" placeholders (numbered for
// PostgreSQL here), double-quoted identifiers, no dialect-only functions. The one exception
// is `folded`: PostgreSQL runs several of those statements as one (a data-modifying WITH,
// which SQLite lacks), since there each statement is a round trip; callers choose by `dialect`.
import type { Database, Statement } from "better-sqlite3";
import type { Client, Pool } from "pg";
import { connectionsOf, getDb, type Db } from "../db";
import type { SqliteConnections } from "./sqlite-adapter";

export type SqlValue = string | number | bigint | boolean | null;
export type Row = Record<string, unknown>;

/** A statement and its parameters, for the statements that are also run folded into others. */
export interface Sql { text: string; params: SqlValue[] }

export interface DirectTx {
  readonly dialect: "sqlite" | "postgres";
  /** Rows of a statement (a SELECT, or a write with RETURNING). */
  rows(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /** Runs a write; the number of rows it changed. (Outside `transaction`, a transaction of its own.) */
  run(sql: string, params?: SqlValue[]): Promise<number>;
}

export interface DirectDb extends DirectTx {
  /** Rows of a SELECT as last committed, without waiting for a writer (SQLite's reader connection). */
  read(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /**
   * Runs `work` atomically: committed when it returns, rolled back when it throws; the promise
   * settles after the commit. Concurrent calls share one database transaction (group commit,
   * below), each as if in a transaction of its own. `work` awaits nothing but `tx`'s
   * statements: it holds the batch (and on SQLite the writer's lock), so a write awaited inside
   * would wait forever. `work` may run twice (when a neighbour fails, the batch is rolled back
   * and run again): it changes nothing but through `tx`.
   */
  transaction<T>(work: (tx: DirectTx) => Promise<T>): Promise<T>;
  /**
   * `transaction` for work of one statement on PostgreSQL, issued before anything it awaits
   * (it may still check the answer and throw, which rolls the statement back). A batch
   * sends these without waiting for the answers of the units before them (pipelining), where
   * other work waits for each of its statements' answers. On SQLite, where nothing waits on
   * a round trip, `work` may run several statements.
   */
  single<T>(work: (tx: DirectTx) => Promise<T>, options?: SingleOptions): Promise<T>;
}

export interface SingleOptions {
  /** The poller's: requests' own transactions go first (see BACKGROUND_PLACES). */
  background?: boolean;
  /**
   * The statement alone decides the outcome: `work` throws only when its statement fails (a
   * refusal is an SQL error), never on an answer it received. A batch of only such units
   * sends its COMMIT with their statements, before any answer (PostgreSQL): a failed
   * statement turns that COMMIT into a ROLLBACK and the batch is run again; a unit that threw
   * on a good answer would be committed all the same.
   */
  sqlDecides?: boolean;
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
    dialect: "sqlite",
    rows: async (sql, params = []) => statement(sql).all(...bind(params)) as Row[],
    run: async (sql, params = []) => statement(sql).run(...bind(params)).changes,
  };
}

function sqliteDirect({ writer, reader, lock }: SqliteConnections): DirectDb {
  const tx = sqliteTx(writer);
  const reads = reader === writer ? tx : sqliteTx(reader);
  const session: Session = {
    tx,
    exec: async (sql) => void writer.exec(sql),
    commit: async () => void writer.exec("COMMIT"),
    inTransaction: () => writer.inTransaction,
    pipelines: false,
  };
  // A batch's statements run synchronously under the lock Prisma's writes take, so nothing
  // else reaches the writer between BEGIN and COMMIT, and the lock is held for well under a millisecond.
  const { transaction } = groupCommit(async (units) => {
    const release = await lock.acquire();
    try {
      await runBatch(session, "BEGIN IMMEDIATE", units, "savepoint");
    } finally {
      release();
    }
  });
  return {
    dialect: "sqlite",
    // (An in-memory database has one connection: there a read may see a batch in progress.)
    read: reads.rows,
    rows: (sql, params) => transaction((t) => t.rows(sql, params)),
    run: (sql, params) => transaction((t) => t.run(sql, params)),
    transaction,
    single: transaction,
  };
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
const pgParams = (params: SqlValue[]) => params.map((value) => (typeof value === "bigint" ? value.toString() : value));

// Statements with up to this many parameters are prepared once per connection (named), which
// spares PostgreSQL parsing and planning them on every call. Longer ones are id lists of every
// length, one text each: those stay unnamed rather than fill each connection with plans. (The
// longest fixed statement, a folded confirmation, has 29; one beyond the limit would still
// run in one round trip, only parsed and planned each time.)
const MAX_PARAMS_PREPARED = 32;

// Held by each batch's transaction (released by its COMMIT or ROLLBACK): batches take turns
// across instances as they do inside one. Two instances' batches running side by side take
// the same hot rows (a user's balance, the day's task_counts) in the orders their units came
// in, and deadlocked: one user's submits split over two instances met 19 deadlocks in 20 s,
// each a second's stall, and their throughput fell to 19 a second.
const BATCH_TURN = "SELECT pg_advisory_xact_lock(7262101)";

function postgresDirect(pool: Pool): DirectDb {
  const statements = new Map<string, { text: string; name?: string }>();
  const statement = (sql: string, params: SqlValue[]) => {
    let found = statements.get(sql);
    if (!found) statements.set(sql, (found = { text: numbered(sql), ...(params.length <= MAX_PARAMS_PREPARED ? { name: `mj_direct_${statements.size}` } : {}) }));
    return { ...found, values: pgParams(params) };
  };
  const on = (client: Pick<Pool, "query">): DirectTx => ({
    dialect: "postgres",
    rows: async (sql, params = []) => (await client.query(statement(sql, params))).rows,
    run: async (sql, params = []) => (await client.query(statement(sql, params))).rowCount ?? 0,
  });
  const direct = on(pool);
  const { transaction, single } = groupCommit(async (units, progress) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      // Statements without parameters go as one simple query: RELEASE and SAVEPOINT in one round trip.
      const batchWrites = () => {
        // A pool's clients are Clients; @types/pg leaves `connection` off PoolClient.
        const { stream } = (client as unknown as Client).connection;
        stream.cork();
        process.nextTick(() => stream.uncork());
      };
      const commit = async () => {
        // A transaction that a failed statement aborted answers COMMIT with ROLLBACK.
        const { command } = await client.query("COMMIT");
        if (command !== "COMMIT") throw new Error(`The transaction was rolled back (the database answered ${command} to COMMIT).`);
      };
      await runBatch({ tx: on(client), exec: async (sql) => void (await client.query(sql)), commit, inTransaction: () => true, pipelines: true, batchWrites }, `BEGIN; ${BATCH_TURN}`, units, "replay", progress);
    } catch (error) {
      broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  });
  return {
    dialect: "postgres",
    read: direct.rows,
    rows: (sql, params) => single((t) => t.rows(sql, params), { sqlDecides: true }),
    run: (sql, params) => single((t) => t.run(sql, params), { sqlDecides: true }),
    transaction,
    single,
  };
}

// Group commit. Concurrent transactions (the submits, confirmations and pushes in flight)
// are queued and run as one database transaction, each unit isolated (a savepoint, or a
// replay: see Isolation), so a unit that throws is rolled back alone and its caller gets its
// error. A commit is most of a small transaction's cost (on SQLite the WAL frames of every page it touched, which
// neighbouring units share; on PostgreSQL a WAL flush while the user's row stays locked),
// and a batch pays for one. Every unit settles only after the commit, so no caller acts on
// a change that could still be rolled back. One batch runs its statements at a time: the
// units of two batches could lock the same rows in opposite orders. On PostgreSQL each batch
// first takes BATCH_TURN, so the next may be sent as soon as the last has sent its COMMIT: it
// runs once that commit ends, without a round trip and a turn of our event loop in between.
// (At 20 connections, submits were bound by that gap: the machine had a fifth of its CPU idle.)
// At most two batches are in flight, so they hold two of the pool's connections.
interface Unit {
  work: (tx: DirectTx) => Promise<unknown>;
  /** Runs one statement (DirectDb.single). */
  single: boolean;
  /** SingleOptions.sqlDecides. */
  sqlDecides: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Session {
  tx: DirectTx;
  /** Runs statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Commits; throws when the database rolled the transaction back instead. */
  commit(): Promise<void>;
  /** False once the database rolled the whole transaction back by itself (some SQLite errors do). */
  inTransaction(): boolean;
  /**
   * Whether a statement may be sent before the answer to the one before it (PostgreSQL, the
   * pool's clients in pipeline mode). The statements still run in the order sent.
   */
  pipelines: boolean;
  /** Holds the writes of this turn of the event loop and sends them at its end, in one system call. */
  batchWrites?(): void;
}

// Bounds how long one batch holds the writer (SQLite) or the rows it locked (PostgreSQL).
const MAX_UNITS_PER_BATCH = 64;
// Background units (a poll's hundreds of compare-and-sets) fill what requests leave of a batch,
// and always get this many places, so that neither kind waits for the other's whole queue.
const BACKGROUND_PLACES = 16;

/** What a batch reports while it runs, so that the next can start. */
interface BatchProgress {
  /** Every statement and the COMMIT are sent, none answered yet (PostgreSQL, when the statements alone decide). */
  sent(): void;
  /** The statements are answered; only the COMMIT is in flight. */
  committing(): void;
}

type RunUnits = (units: Unit[], progress: BatchProgress) => Promise<void>;

function groupCommit(runUnits: RunUnits): Pick<DirectDb, "transaction" | "single"> {
  const queue: Unit[] = [];
  const background: Unit[] = [];
  let running = false;
  // Batches whose statements are not answered yet, and a sent one waiting to hand over until it is the only one.
  let unanswered = 0;
  let waiting: (() => void) | undefined;
  const drain = async () => {
    const fromBackground = background.splice(0, Math.max(BACKGROUND_PLACES, MAX_UNITS_PER_BATCH - queue.length));
    const units = [...queue.splice(0, MAX_UNITS_PER_BATCH - fromBackground.length), ...fromBackground];
    let handedOver = false;
    let answered = false;
    // The next batch holds what arrived meanwhile; I/O gets its turn first.
    const handOver = () => {
      if (handedOver) return;
      handedOver = true;
      if (queue.length || background.length) setImmediate(() => void drain());
      else running = false;
    };
    const committing = () => {
      if (answered) return;
      answered = true;
      unanswered -= 1;
      handOver();
      if (unanswered <= 1 && waiting) {
        const next = waiting;
        waiting = undefined;
        next();
      }
    };
    const sent = () => {
      if (unanswered === 1) handOver();
      else waiting = handOver;
    };
    unanswered += 1;
    try {
      await runUnits(units, { sent, committing });
    } catch (error) {
      for (const unit of units) unit.reject(error);
    }
    committing();
  };
  const enqueue = (single: boolean) => <T>(work: (tx: DirectTx) => Promise<T>, options?: SingleOptions) =>
    new Promise<T>((resolve, reject) => {
      (options?.background ? background : queue).push({ work, single, sqlDecides: single && Boolean(options?.sqlDecides), resolve: resolve as (value: unknown) => void, reject });
      if (running) return;
      running = true;
      // Transactions begun in this turn of the event loop join the batch.
      setImmediate(() => void drain());
    });
  return { transaction: enqueue(false), single: enqueue(true) };
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * How a batch keeps one unit's failure from the others. "savepoint": each unit in a savepoint
 * of its own (free on SQLite). "replay": the units run bare, and only when one throws is the
 * batch rolled back and run again with savepoints; on PostgreSQL every statement is a round
 * trip, and the two a savepoint costs are a third of a submit's.
 */
type Isolation = "savepoint" | "replay";

const settle = (value: Promise<unknown>): Promise<Outcome> => value.then((v) => ({ ok: true, value: v }), (error) => ({ ok: false, error }));

/** A single unit's view of the transaction: one statement, or an error that says whose bug it is. */
function oneStatement(tx: DirectTx): DirectTx & { issued: boolean } {
  const view = {
    dialect: tx.dialect,
    issued: false,
    rows: (sql: string, params?: SqlValue[]) => once(() => tx.rows(sql, params)),
    run: (sql: string, params?: SqlValue[]) => once(() => tx.run(sql, params)),
  };
  const once = <T>(statement: () => Promise<T>): Promise<T> => {
    if (view.issued) return Promise.reject(new Error("A single-statement transaction (DirectDb.single) ran a second statement."));
    view.issued = true;
    return statement();
  };
  return view;
}

/**
 * Runs the units bare, in order; their values, or the first error. Where the session
 * pipelines, a single unit's statement is sent at once and the next unit starts without
 * waiting for its answer; other work runs alone, each statement awaited. `issued` runs once
 * every statement is sent, before their answers are awaited.
 */
async function runBare(session: Session, units: Unit[], issued: () => void = () => {}): Promise<unknown[]> {
  const started: Promise<Outcome>[] = [];
  for (const unit of units) {
    const view = unit.single && session.pipelines ? oneStatement(session.tx) : null;
    const outcome = settle(unit.work(view ?? session.tx));
    started.push(outcome);
    // A unit that issued nothing before its first await would send its statement out of order.
    if (!view?.issued && !(await outcome).ok) break;
  }
  issued();
  const outcomes = await Promise.all(started);
  const failed = outcomes.find((outcome) => !outcome.ok);
  if (failed && !failed.ok) throw failed.error;
  return outcomes.map((outcome) => (outcome.ok ? outcome.value : undefined));
}

/** One database transaction for the units; settles each after the COMMIT (or the failure). */
async function runBatch(session: Session, begin: string, units: Unit[], isolation: Isolation, progress?: BatchProgress): Promise<void> {
  const { tx, exec } = session;
  // Pipelined, BEGIN goes with the first statements (one write); it fails only with the
  // connection, and they with it.
  session.batchWrites?.();
  const began = exec(begin);
  if (!session.pipelines) await began;
  const outcomes: Outcome[] = [];
  let committed: Promise<void> | undefined;
  try {
    // A lone unit is its own transaction: nothing to isolate it from.
    if (isolation === "replay" || units.length === 1) {
      // When the statements alone decide, the COMMIT goes with them: one write and one round trip fewer.
      const commitEarly = session.pipelines && units.every((unit) => unit.sqlDecides);
      const bare = runBare(session, units, () => {
        if (!commitEarly) return;
        committed = session.commit();
        // Awaited below; until then a rejection is not unhandled.
        committed.catch(() => {});
        progress?.sent();
      });
      const values = await Promise.all([bare, began]).then(([values]) => values, async (error) => {
        // The database answers that COMMIT with a ROLLBACK; nothing of the batch stays.
        await committed?.catch(() => {});
        throw error;
      });
      for (const value of values) outcomes.push({ ok: true, value });
    } else {
      await began;
      for (const [index, unit] of units.entries()) {
        await exec(index === 0 ? "SAVEPOINT unit" : "RELEASE unit; SAVEPOINT unit");
        try {
          outcomes.push({ ok: true, value: await unit.work(unit.single && session.pipelines ? oneStatement(tx) : tx) });
        } catch (error) {
          if (!session.inTransaction()) throw error;
          await exec("ROLLBACK TO unit");
          outcomes.push({ ok: false, error });
        }
      }
    }
    committed ??= session.commit();
    progress?.committing();
    await committed;
  } catch (error) {
    // A lone unit's own error, or one that ended the whole transaction: nothing was committed.
    let unusable: unknown;
    if (session.inTransaction()) await exec("ROLLBACK").catch((rollbackError) => (unusable = rollbackError));
    // A connection that cannot even roll back is not given to anyone else.
    if (unusable) {
      for (const unit of units) unit.reject(error);
      throw unusable;
    }
    if (isolation === "replay" && units.length > 1 && outcomes.length < units.length) return runBatch(session, begin, units, "savepoint", progress);
    for (const unit of units) unit.reject(error);
    return;
  }
  units.forEach((unit, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) unit.resolve(outcome.value);
    else unit.reject(outcome.error);
  });
}

/**
 * PostgreSQL: statements run as one, each named by its key in a data-modifying WITH, then
 * `select` (without parameters) over what they return. Each sees the database as it was
 * before the statement, not the others' changes; each runs whether `select` reads it or not.
 */
export function folded(steps: Record<string, Sql>, select: string): Sql {
  const named = Object.entries(steps);
  return {
    text: `WITH ${named.map(([name, step]) => `"${name}" AS (${step.text})`).join(", ")} ${select}`,
    params: named.flatMap(([, step]) => step.params),
  };
}

/** The "?, ?, …" of an IN list of these values. */
export const placeholders = (values: readonly unknown[]): string => values.map(() => "?").join(", ");

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
