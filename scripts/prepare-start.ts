// The boot work of `npm start`, run by scripts/start.mjs in a short-lived child: data folder,
// AUTH_SECRET, migrations, root user, a build when the sources changed. The environment it
// settled is handed back on file descriptor 3, so the server process needs no tsx.
import { writeSync } from "node:fs";
import { buildIfNeeded, prepareDatabase, prepareEnv } from "./boot";

prepareEnv();
await prepareDatabase();
buildIfNeeded();
writeSync(3, JSON.stringify({ DATABASE_URL: process.env.DATABASE_URL, AUTH_SECRET: process.env.AUTH_SECRET }));
process.exit(0);
