// A local notify-hook receiver that can refuse its first N deliveries.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received { headers: Record<string, string>; body: string }

export async function startReceiver(failFirst = 0) {
  const received: Received[] = [];
  let failuresLeft = failFirst;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503).end("not now");
      } else {
        res.writeHead(204).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}
