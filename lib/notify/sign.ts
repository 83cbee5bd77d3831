import { createHmac } from "node:crypto";

/** X-MJ-Signature: hex HMAC-SHA256 of `${timestamp}.${body}` with the owner's webhook secret. */
export function signNotify(secret: string, timestamp: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}
