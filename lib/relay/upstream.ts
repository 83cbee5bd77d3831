// HTTP to a midjourney-proxy upstream. Faults are classified so the caller knows
// whether another channel may be tried: a timeout is not retried, because the upstream
// may have accepted the job and a second channel would run (and bill) it twice.
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

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).message;
}

export async function callUpstream<T = unknown>(
  channel: Pick<UpstreamChannel, "baseUrl" | "key" | "name">,
  method: "GET" | "POST",
  path: string,
  body: unknown,
  timeoutMs: number,
): Promise<UpstreamAnswer<T>> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(`${channel.baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", accept: "application/json", "mj-api-secret": channel.key },
      body: method === "POST" ? JSON.stringify(body ?? {}) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
  } catch (error) {
    if ((error as Error).name === "TimeoutError") throw new UpstreamFault(`Upstream ${channel.name} did not answer within ${timeoutMs / 1000}s.`, false);
    throw new UpstreamFault(`Upstream ${channel.name} is unreachable (${networkReason(error)}).`, true);
  }
  const text = await response.text().catch(() => "");
  const ms = performance.now() - started;
  if (response.status >= 500) {
    throw new UpstreamFault(`Upstream ${channel.name} failed with HTTP ${response.status}.`, response.status !== 504 && response.status !== 524, response.status);
  }
  if (response.status === 401 || response.status === 403) {
    throw new UpstreamFault(`Upstream ${channel.name} refused the channel's secret (HTTP ${response.status}).`, true, response.status);
  }
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    throw new UpstreamFault(`Upstream ${channel.name} answered HTTP ${response.status} with a body that is not JSON.`, false, response.status);
  }
  return { status: response.status, body: parsed as T, ms };
}
