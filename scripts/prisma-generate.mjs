// Generates both Prisma clients (SQLite and PostgreSQL) so one build serves either database.
// The PostgreSQL schema is derived from the SQLite one: only the provider and output differ.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";

const source = "prisma/schema.prisma";
if (!existsSync(source)) process.exit(0);

const sqlite = readFileSync(source, "utf8");
const postgres = sqlite
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output   = "../lib/generated/sqlite"', 'output   = "../../lib/generated/postgresql"');
mkdirSync("prisma/postgresql", { recursive: true });
const header = "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs: edit that file instead.\n";
writeFileSync("prisma/postgresql/schema.prisma", header + postgres);

// generate never runs the schema engine; pointing it at /bin/false stops prisma trying to download one.
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const schema of [source, "prisma/postgresql/schema.prisma"]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], { stdio: "inherit", env });
}
