import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const postgres = process.env.DIFF_PROVIDER === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.DIFF_SCHEMA ?? "schema.prisma",
  adapter: async () =>
    postgres
      ? new PrismaPg({ connectionString: process.env.DIFF_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" })
      : new PrismaBetterSQLite3({ url: ":memory:" }),
});
