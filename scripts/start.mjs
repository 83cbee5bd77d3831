// npm start: the boot work runs in a short-lived child (scripts/prepare-start.ts, under tsx),
// then the Next server runs in this very process, exactly as `next start` would. Nothing
// stays resident beside the server: no tsx, no esbuild, no waiting launcher.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const boot = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-start.ts"], { stdio: ["inherit", "inherit", "inherit", "pipe"] });
if (boot.status !== 0) process.exit(boot.status ?? 1);
Object.assign(process.env, JSON.parse(boot.output[3]?.toString() || "{}"));

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
process.argv = [process.execPath, nextBin, "start", "-p", process.env.PORT || "3000"];
await import(pathToFileURL(nextBin).href);
