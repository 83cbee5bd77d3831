// POST to a URL on one exact, already checked address. fetch() would resolve the host
// again, and a DNS answer that changed in between (rebinding) would reach an address the
// SSRF check never saw; here the connection is made to the checked address, while the URL's
// host still names the server (Host header, TLS SNI and certificate check).
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";

export class PostTimeout extends Error {}

export function postPinned(url: URL, address: string, family: 4 | 6, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
  const signal = AbortSignal.timeout(timeoutMs);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, lookup, signal }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error) => reject(signal.aborted ? new PostTimeout(`no answer within ${timeoutMs / 1000}s`) : error));
    request.end(body);
  });
}
