// The server of the browser tests: a fresh database, the root user, the simulator
// registered as a channel, then `next start` of the existing build.
import { rmSync } from "node:fs";
import pg from "pg";
import { buildIfNeeded, prepareDatabase, prepareEnv, serve } from "../scripts/boot";
import { startSimulator } from "../tools/mj-simulator/server";
import { E2E_ADMIN, E2E_SIMULATOR_PORT, E2E_SIMULATOR_SECRET } from "./constants";

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function freshDatabaseUrl(): Promise<string> {
  if (process.env.E2E_DATABASE !== "postgres") {
    rmSync("data/e2e", { recursive: true, force: true });
    return "file:./data/e2e/e2e.db";
  }
  // One database per port, so several checkouts can run their browser tests side by side.
  const name = `mj_e2e_${process.env.PORT ?? "3100"}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

process.env.DATABASE_URL = await freshDatabaseUrl();
process.env.ADMIN_USERNAME = E2E_ADMIN.username;
process.env.ADMIN_PASSWORD = E2E_ADMIN.password;
process.env.NEXT_TELEMETRY_DISABLED = "1";
prepareEnv();
await prepareDatabase();

const simulator = await startSimulator({ port: E2E_SIMULATOR_PORT, secret: E2E_SIMULATOR_SECRET, stepMs: 400 });
const { createChannel } = await import("../lib/channels/channels");
const { setOption } = await import("../lib/options/options");
await createChannel({ name: "E2E simulator", type: 5, baseUrl: simulator.url, key: E2E_SIMULATOR_SECRET, group: "default,vip,svip" });
await setOption("PollIntervalSeconds", "1");

buildIfNeeded();
const code = await serve();
await simulator.close();
process.exit(code);
