// What `npm start` does before serving: data folder, AUTH_SECRET, migrations, root user,
// a build when the sources changed. Shared by start, demo and the test harness.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATABASE_URL } from "../lib/env";

export function prepareEnv(): void {
  mkdirSync("data", { recursive: true });
  process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
  if (!process.env.AUTH_SECRET) {
    const file = join("data", "auth-secret");
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  }
}

export async function prepareDatabase(): Promise<void> {
  const { applyMigrations } = await import("../lib/db/migrate");
  const { applied } = await applyMigrations(process.env.DATABASE_URL!);
  if (applied.length) console.log(`[start] applied migrations: ${applied.join(", ")}`);
  const { ADMIN_USERNAME, ADMIN_PASSWORD } = process.env;
  if (ADMIN_USERNAME && ADMIN_PASSWORD) {
    const { bootstrapRoot } = await import("../lib/users/bootstrap-root");
    if (await bootstrapRoot(ADMIN_USERNAME, ADMIN_PASSWORD)) console.log(`[start] created root user "${ADMIN_USERNAME}"`);
  }
}

function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}:${statSync(path).mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib", "inngest"]) walk(dir);
  for (const file of ["package-lock.json", "next.config.mjs", "instrumentation.ts", "proxy.ts", "postcss.config.mjs"]) {
    if (existsSync(file)) hash.update(`${file}:${statSync(file).mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/** Runs `next build` unless the last build was made from these very sources. */
export function buildIfNeeded(): void {
  const stampFile = join(".next", "mj-source-fingerprint");
  const fingerprint = sourceFingerprint();
  if (existsSync(join(".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint) return;
  console.log("[start] building the app (first start or changed sources)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) throw new Error("next build failed");
  writeFileSync(stampFile, fingerprint);
}

export function serve(): Promise<number> {
  const port = process.env.PORT || "3000";
  // Our own server in front of Next: it hands the socket's address to the app (scripts/next-server.mjs).
  const server = spawn(process.execPath, ["scripts/next-server.mjs"], { stdio: "inherit", env: { ...process.env, PORT: port } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  return new Promise((resolve) => server.on("exit", (code) => resolve(code ?? 0)));
}
