// The one Prisma client. Both generated clients ship in every build; DATABASE_URL's
// scheme decides which one runs, so a single `next build` serves SQLite and PostgreSQL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient, Prisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { getEnv, isPostgresUrl } from "./env";
import { sqliteAdapter } from "./db/sqlite-adapter";

export type Db = SqliteClient;
export type Tx = Prisma.TransactionClient;
export type DbOrTx = Db | Tx;
export { Prisma };

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    // The two clients are generated from the same models, so their APIs are identical.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: sqliteAdapter(sqliteFilePath(url)) });
}

const globalForDb = globalThis as unknown as { mjDb?: Db };

export function getDb(): Db {
  globalForDb.mjDb ??= createDb(getEnv().DATABASE_URL);
  return globalForDb.mjDb;
}
