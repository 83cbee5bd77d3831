// npm run dev: `next dev` plus the Inngest Dev Server when it can be fetched (npx
// inngest-cli downloads a binary; offline machines cannot). Without it the in-process
// driver runs the background work, and this says so.
import { spawn, type ChildProcess } from "node:child_process";
import { prepareDatabase, prepareEnv } from "./boot";

prepareEnv();
await prepareDatabase();
const port = process.env.PORT || "3000";

async function startInngestDevServer(): Promise<ChildProcess | null> {
  const child = spawn("npx", ["--yes", "inngest-cli@latest", "dev", "--no-discovery", "-u", `http://127.0.0.1:${port}/api/inngest`], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(child), 60_000);
    const onOutput = (chunk: Buffer) => {
      if (/Inngest dev server online|localhost:8288|127\.0\.0\.1:8288/i.test(chunk.toString())) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on("data", onOutput);
    child.stderr.on("data", onOutput);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

const inngestServer = process.env.INNGEST_DEV === "0" ? null : await startInngestDevServer();
if (inngestServer) {
  process.env.INNGEST_DEV = "1";
  console.log("[dev] Inngest Dev Server on http://127.0.0.1:8288 runs the background work");
} else {
  delete process.env.INNGEST_DEV;
  console.log("[dev] The Inngest Dev Server could not be started (npx inngest-cli needs to download its binary).");
  console.log("[dev] Background work (polling, timeouts, notify hooks) runs in-process instead.");
}
const next = spawn(process.execPath, ["scripts/next-server.mjs", "--dev"], { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    next.kill(signal);
    inngestServer?.kill(signal);
  });
}
next.on("exit", (code) => {
  inngestServer?.kill();
  process.exit(code ?? 0);
});
