// The HTTP server in front of Next (`next start`, or `next dev` with --dev). Next copies a
// client's X-Forwarded-For through unchanged, so route handlers cannot tell the socket's
// address from a forged header; this server hands it over in a header of its own that it
// always overwrites (lib/net/client-ip.ts trusts forwarding headers only from TRUSTED_PROXIES).
import { createServer } from "node:http";
import { collectWhenIdle } from "./collect-when-idle.mjs";

const dev = process.argv.includes("--dev");
// As `next start` / `next dev` do, before Next and React are loaded.
process.env.NODE_ENV ??= dev ? "development" : "production";
const { default: next } = await import("next");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
process.env.MJ_PEER_HEADER = "on";

const app = next({ dev, port, hostname: hostname ?? "localhost", dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const RELAY_PATH = /^\/(mj|mj-(fast|relax|turbo)\/mj)(\/|$)/;

/**
 * A path with a malformed %-escape makes Next answer a plain-text 500; answer it here instead,
 * in the envelope of the API it was meant for.
 */
function refuseMalformedPath(req, res) {
  const path = (req.url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    const headers = { "content-type": "application/json", "x-content-type-options": "nosniff" };
    if (RELAY_PATH.test(path)) {
      res.writeHead(400, { ...headers, "access-control-allow-origin": "*" });
      res.end(JSON.stringify({ code: 4, description: "The path has a malformed %-escape.", result: null, properties: {} }));
    } else if (path.startsWith("/api/")) {
      // new-api's convention: validation errors are HTTP 200 with success:false.
      res.writeHead(200, headers).end(JSON.stringify({ success: false, message: "The path has a malformed %-escape." }));
    } else {
      res.writeHead(400, { "content-type": "text/plain", "x-content-type-options": "nosniff" }).end("Bad Request: malformed %-escape in the path.");
    }
    return true;
  }
}

/**
 * The relay's hot paths, served without Next's routing (lib/relay/fast-lane.ts, registered by
 * instrumentation.ts). Not in development: the lane keeps the modules it booted with, and
 * Next's hot reload would not reach it.
 */
async function serve(req, res) {
  const fastLane = dev ? undefined : globalThis.mjFastLane;
  if (fastLane && (await fastLane(req, res))) return;
  await handle(req, res);
}

const server = createServer((req, res) => {
  req.headers["x-mj-peer"] = req.socket.remoteAddress ?? "";
  if (refuseMalformedPath(req, res)) return;
  serve(req, res).catch((error) => {
    console.error(error);
    const message = "Internal error; the server log has details.";
    const relay = RELAY_PATH.test((req.url ?? "/").split("?")[0]);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json", ...(relay ? { "access-control-allow-origin": "*" } : {}) });
    res.end(JSON.stringify(relay ? { code: 9, description: message, result: null, properties: {} } : { success: false, message }));
  });
});
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (req, socket, head) => {
  req.headers["x-mj-peer"] = req.socket.remoteAddress ?? "";
  upgrade(req, socket, head);
});
collectWhenIdle(server);
server.listen(port, hostname, () => console.log(`[start] ready on http://${hostname ?? "localhost"}:${port}${dev ? " (dev)" : ""}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    app.close().finally(() => process.exit(0));
  });
}
