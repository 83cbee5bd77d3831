// npm start: migrate, bootstrap the root user, build if needed, serve on PORT (default 3000).
import { buildIfNeeded, prepareDatabase, prepareEnv, serve } from "./boot";

prepareEnv();
await prepareDatabase();
buildIfNeeded();
process.exit(await serve());
