// A local HTTP server that answers every path with fixed bytes and a fixed Content-Type,
// standing in for an upstream's image host (which may lie about what it serves); honours
// single byte ranges, as video hosts do.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export async function startFileServer() {
  const files = new Map<string, { type: string; body: Buffer }>();
  const server = createServer((req, res) => {
    const file = files.get(req.url ?? "");
    if (!file) return void res.writeHead(404).end();
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
    if (range) {
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : file.body.length - 1, file.body.length - 1);
      const part = file.body.subarray(start, end + 1);
      return void res.writeHead(206, { "content-type": file.type, "content-length": part.length, "content-range": `bytes ${start}-${end}/${file.body.length}` }).end(part);
    }
    res.writeHead(200, { "content-type": file.type, "content-length": file.body.length }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** Serves `body` at `path` with `type`; returns its URL. */
    put(path: string, type: string, body: Buffer | string): string {
      files.set(path, { type, body: Buffer.from(body) });
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
