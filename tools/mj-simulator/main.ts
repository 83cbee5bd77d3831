import { startSimulator } from "./server.js";

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

async function main(): Promise<void> {
  const secret = process.env["MJ_SIM_SECRET"] || undefined;
  const publicUrl = process.env["MJ_SIM_PUBLIC_URL"] || undefined;
  const sim = await startSimulator({
    port: numberFromEnv("PORT", 8081),
    host: process.env["MJ_SIM_HOST"] || "127.0.0.1",
    stepMs: numberFromEnv("MJ_SIM_STEP_MS", 1000),
    steps: numberFromEnv("MJ_SIM_STEPS", 4),
    pushNotifications: process.env["MJ_SIM_NOTIFY"] !== "0",
    notifyTimeoutMs: numberFromEnv("MJ_SIM_NOTIFY_TIMEOUT_MS", 5000),
    ...(secret ? { secret } : {}),
    ...(publicUrl ? { publicUrl } : {}),
  });
  const push = sim.pushNotifications ? "on" : "off";
  console.log(`mj-simulator listening on ${sim.url} (base path /mj, secret ${secret ? "required" : "off"}, notifyHook push ${push})`);
  const stop = (signal: string): void => {
    console.log(`mj-simulator: ${signal}, shutting down`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("mj-simulator failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
