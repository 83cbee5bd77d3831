// Prisma CLI config: picks the schema and migrations of the database DATABASE_URL names.
// Migrations are applied by lib/db/migrate.ts at start (the CLI's engine is not needed).
import { defineConfig } from "prisma/config";

const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
});
