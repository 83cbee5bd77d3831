// Serves one route handler over real HTTP, for callers outside the test process's calls
// (the simulator pushing to a channel's callback URL). `pattern` names the path's params.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export async function serveRoute<P extends Record<string, string>>(pattern: RegExp, handler: Handler<P>) {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const match = pattern.exec(req.url ?? "");
      if (!match) return void res.writeHead(404).end();
      const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: chunks.length ? Buffer.concat(chunks) : undefined });
      const response = await handler(request, { params: Promise.resolve({ ...match.groups } as P) });
      res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "application/json" }).end(await response.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
