// HTTP to a midjourney-proxy upstream. Faults are classified so the caller knows
// whether another channel may be tried: a timeout is not retried, because the upstream
// may have accepted the job and a second channel would run (and bill) it twice.
//
// Plain node:http with kept-alive connections rather than fetch(): every submit and poll
// goes through here, and fetch's streams, signals and (inside Next) its caching wrapper cost
// more CPU than the rest of a relayed submit.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { UpstreamChannel } from "../channels/channels";

export class UpstreamFault extends Error {
  constructor(message: string, readonly retryable: boolean, readonly status = 0) {
    super(message);
  }
}

export interface UpstreamAnswer<T> {
  status: number;
  body: T;
  ms: number;
}

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

class UpstreamTimeout extends Error {}

interface RawAnswer { status: number; text: string }

/** One request; the timeout covers everything from connecting to the last byte of the body. */
function exchange(url: URL, method: string, headers: Record<string, string>, payload: string | undefined, timeoutMs: number): Promise<RawAnswer> {
  const https = url.protocol === "https:";
  return new Promise((resolve, reject) => {
    const req = (https ? httpsRequest : httpRequest)(url, { method, headers, agent: https ? agents.https : agents.http }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", fail);
    });
    const timer = setTimeout(() => req.destroy(new UpstreamTimeout()), timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    req.on("error", fail);
    req.end(payload);
  });
}

export async function callUpstream<T = unknown>(
  channel: Pick<UpstreamChannel, "baseUrl" | "key" | "name">,
  method: "GET" | "POST",
  path: string,
  body: unknown,
  timeoutMs: number,
): Promise<UpstreamAnswer<T>> {
  const started = performance.now();
  let answer: RawAnswer;
  try {
    const payload = method === "POST" ? JSON.stringify(body ?? {}) : undefined;
    const headers: Record<string, string> = { accept: "application/json", "mj-api-secret": channel.key };
    if (payload !== undefined) Object.assign(headers, { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) });
    answer = await exchange(new URL(`${channel.baseUrl}${path}`), method, headers, payload, timeoutMs);
  } catch (error) {
    if (error instanceof UpstreamTimeout) throw new UpstreamFault(`Upstream ${channel.name} did not answer within ${timeoutMs / 1000}s.`, false);
    throw new UpstreamFault(`Upstream ${channel.name} is unreachable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, true);
  }
  const { status, text } = answer;
  const ms = performance.now() - started;
  if (status >= 500) {
    throw new UpstreamFault(`Upstream ${channel.name} failed with HTTP ${status}.`, status !== 504 && status !== 524, status);
  }
  if (status === 401 || status === 403) {
    throw new UpstreamFault(`Upstream ${channel.name} refused the channel's secret (HTTP ${status}).`, true, status);
  }
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    throw new UpstreamFault(`Upstream ${channel.name} answered HTTP ${status} with a body that is not JSON.`, false, status);
  }
  return { status, body: parsed as T, ms };
}
