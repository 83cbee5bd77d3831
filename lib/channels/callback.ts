// Push updates: each channel has a secret callback URL. When the channel opts in
// (push_updates = 1) it is sent upstream as every task's notifyHook, and midjourney-proxy
// POSTs the task there on each change; /mj/notify/{id}/{secret} applies it like a poll.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { getDb } from "../db";
import { ShortLivedCache } from "../cache/short-lived";
import { getOptions } from "../options/options";
import { publicBaseUrl } from "../tasks/image-link";

export const newCallbackSecret = () => randomBytes(24).toString("hex");

/**
 * Our address as the upstream should call it: the configured public address (PUBLIC_URL or
 * ServerAddress), never one taken from a request's Host header, which a client could point
 * at itself to collect the secret. "" when none is configured: such channels are polled only.
 */
export async function callbackBase(): Promise<string> {
  return publicBaseUrl(await getOptions());
}

export function callbackUrl(base: string, channel: { id: number; callbackSecret: string }): string {
  return `${base}/mj/notify/${channel.id}/${channel.callbackSecret}`;
}

// Read once a second per channel: an upstream pushes every step of every task.
const secrets = new ShortLivedCache<number, { id: number; callbackSecret: string } | null>(1000);

/** The channel whose callback URL this is, or null (unknown channel, wrong or unset secret). */
export async function channelOfCallback(channelId: number, secret: string): Promise<{ id: number } | null> {
  if (!Number.isSafeInteger(channelId) || !secret) return null;
  const channel = await secrets.get(channelId, () => getDb().channel.findUnique({ where: { id: channelId }, select: { id: true, callbackSecret: true } }));
  if (!channel?.callbackSecret) return null;
  const expected = Buffer.from(channel.callbackSecret);
  const given = Buffer.from(secret);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { id: channel.id } : null;
}
