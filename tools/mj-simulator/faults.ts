import type { IncomingMessage, ServerResponse } from "node:http";
import { DISCORD_INSTANCE_ID, describeCode, failure } from "./envelope.js";
import { sendJson, sendRaw, sendSpringError } from "./http-io.js";
import type { SimFaults } from "./types.js";

const SUBMIT_FAULT_KEYS = [
  "submitHttpStatus",
  "submitMalformedJson",
  "submitNoResult",
  "submitDelayMs",
  "submitCode",
  "resetConnection",
] as const satisfies readonly (keyof SimFaults)[];

export interface FaultResult {
  /** The response was already sent (or the socket destroyed). */
  handled: boolean;
  /** Turn an accepted (code 1) answer into "queued" (code 22). */
  forceQueued: boolean;
}

/** Takes one use of the configured submit faults; returns the ones that apply to this submit. */
function consume(faults: SimFaults): SimFaults | null {
  const active = SUBMIT_FAULT_KEYS.some((key) => faults[key] !== undefined && faults[key] !== false && faults[key] !== 0);
  if (!active) return null;
  const snapshot = { ...faults };
  if (faults.remaining !== undefined) {
    faults.remaining -= 1;
    if (faults.remaining <= 0) {
      for (const key of SUBMIT_FAULT_KEYS) delete faults[key];
      delete faults.remaining;
    }
  }
  return snapshot;
}

function badGatewayPage(status: number): string {
  const title = `${status} ${status === 502 ? "Bad Gateway" : status === 503 ? "Service Temporarily Unavailable" : "Gateway Time-out"}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

export async function applySubmitFaults(
  faults: SimFaults,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<FaultResult> {
  const fault = consume(faults);
  if (!fault) return { handled: false, forceQueued: false };
  if (fault.submitDelayMs) await new Promise((resolve) => setTimeout(resolve, fault.submitDelayMs).unref());
  if (fault.resetConnection) {
    req.socket.destroy();
    return { handled: true, forceQueued: false };
  }
  const status = fault.submitHttpStatus;
  if (status) {
    // What a reverse proxy in front of a dead upstream answers, vs. Spring's own error body.
    if (status >= 502 && status <= 504) sendRaw(res, status, "text/html", badGatewayPage(status));
    else sendSpringError(res, status, path);
    return { handled: true, forceQueued: false };
  }
  if (fault.submitMalformedJson) {
    sendRaw(res, 200, "application/json", '{"code":1,"description":"提交成功","result":"17');
    return { handled: true, forceQueued: false };
  }
  if (fault.submitNoResult) {
    sendJson(res, 200, { code: 1, description: "提交成功", properties: { discordInstanceId: DISCORD_INSTANCE_ID } });
    return { handled: true, forceQueued: false };
  }
  const code = fault.submitCode;
  if (code !== undefined && code !== 1 && code !== 22) {
    sendJson(res, 200, failure(code, describeCode(code)));
    return { handled: true, forceQueued: false };
  }
  return { handled: false, forceQueued: code === 22 };
}
