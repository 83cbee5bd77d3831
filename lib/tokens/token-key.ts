import { randomInt } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** 48 random alphanumerics, stored without the "sk-" prefix clients send (new-api's format). */
export function newTokenKey(): string {
  let key = "";
  for (let i = 0; i < 48; i++) key += ALPHABET[randomInt(ALPHABET.length)];
  return key;
}

/** "Bearer sk-abc…", "sk-abc…" or "abc…" → "abc…"; a "-<channelId>" suffix is split off. */
export function parseClientKey(raw: string): { key: string; channelId: number | null } {
  const bare = raw.replace(/^Bearer\s+/i, "").trim().replace(/^sk-/, "");
  const [key, channel] = bare.split("-");
  return { key: key ?? "", channelId: channel && /^\d+$/.test(channel) ? Number(channel) : null };
}

/** As new-api shows keys in lists: no "sk-" (its clients add it), the middle hidden. */
export function maskKey(key: string): string {
  return `${key.slice(0, 4)}${"*".repeat(8)}${key.slice(-4)}`;
}
