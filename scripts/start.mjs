// npm start: the boot work runs in a short-lived child (scripts/prepare-start.ts, under tsx),
// then the Next server runs in this very process (scripts/next-server.mjs, as `next start` would). Nothing
// stays resident beside the server: no tsx, no esbuild, no waiting launcher. The node flags
// in package.json keep the idle server small: 4 MB semi-spaces instead of 16, and two V8
// helper threads (fewer threads, fewer malloc arenas) — about 80 MB less RSS, measured.
// Its environment does the rest on glibc (ignored elsewhere): two malloc arenas, not eight
// per core, and fixed 1 MB mmap/trim thresholds, so that one large buffer freed (a login's
// 16 MB scrypt block, on any of libuv's four threads) goes back to the system instead of
// staying in that thread's arena; --expose-gc lets the server collect when idle
// (scripts/collect-when-idle.mjs). Together the idle server went from 369 to 224 MB at a
// million tasks (SQLite, bench/RESULTS.md).
import { spawnSync } from "node:child_process";

const boot = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-start.ts"], { stdio: ["inherit", "inherit", "inherit", "pipe"] });
if (boot.status !== 0) process.exit(boot.status ?? 1);
Object.assign(process.env, JSON.parse(boot.output[3]?.toString() || "{}"));

// Our HTTP server in front of Next, in this process: it reports each socket's address to the
// app (Next passes a client's X-Forwarded-For through unchanged; see lib/net/client-ip.ts).
await import("./next-server.mjs");
