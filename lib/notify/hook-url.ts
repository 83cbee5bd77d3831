// SSRF guard for notify hooks: a client's URL must be http(s) and must not resolve to a
// loopback, private, link-local or metadata address — nor to an IPv6 form that embeds one
// (IPv4-mapped/compatible, NAT64, 6to4, Teredo) — unless NOTIFY_HOOK_ALLOW (or the admin's
// NotifyHookAllow option) lists the host, its network, or host:port. Checked at submit and
// again at each delivery, which then connects to the very address that passed the check.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { getEnv } from "../env";
import { ApiError } from "../http/errors";
import { forbiddenForm, ipList, normaliseIp } from "../net/ip";
import type { Options } from "../options/options";

/** One allow-list entry: a host name, an IP or a CIDR, optionally limited to one port. */
interface AllowEntry { target: string; port: number | null }

export function parseAllowEntry(raw: string): AllowEntry {
  const entry = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { target: bracketed[1]!, port: bracketed[2] ? Number(bracketed[2]) : null };
  // A bare IPv6 address or network has colons of its own and no port.
  if (isIP(entry.split("/")[0]!) === 6) return { target: entry, port: null };
  const withPort = /^([^:/]+):(\d+)$/.exec(entry);
  if (withPort) return { target: withPort[1]!, port: Number(withPort[2]) };
  return { target: entry, port: null };
}

function allowEntries(options: Options): AllowEntry[] {
  return `${getEnv().NOTIFY_HOOK_ALLOW} ${options.NotifyHookAllow}`.split(/[\s,]+/).filter(Boolean).map(parseAllowEntry);
}

export type HookTarget = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; problem: string };

const defaultPort = (url: URL) => (url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80);

/** Checks a hook URL and resolves it to the address a delivery must connect to. */
export async function resolveNotifyHook(raw: string, options: Options): Promise<HookTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: "notifyHook is not a valid URL." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, problem: "notifyHook must be an http or https URL." };
  if (url.username || url.password) return { ok: false, problem: "notifyHook may not carry a user name or password." };
  const host = normaliseIp(url.hostname.toLowerCase());
  const port = defaultPort(url);
  const entries = allowEntries(options).filter((entry) => entry.port === null || entry.port === port);
  const namedHost = entries.some((entry) => entry.target === host);
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  } catch {
    return { ok: false, problem: `notifyHook host ${host} does not resolve.` };
  }
  if (!addresses.length) return { ok: false, problem: `notifyHook host ${host} does not resolve.` };
  if (!namedHost) {
    const allowed = ipList(entries.map((entry) => entry.target).join(" "));
    for (const { address } of addresses) {
      const form = forbiddenForm(address, allowed);
      if (form) return { ok: false, problem: `notifyHook may not point at a private or local address (${host}:${port} → ${form}).` };
    }
  }
  const first = addresses[0]!;
  return { ok: true, url, address: normaliseIp(first.address), family: first.family === 6 ? 6 : 4 };
}

export async function notifyHookProblem(raw: string, options: Options): Promise<string | null> {
  const target = await resolveNotifyHook(raw, options);
  return target.ok ? null : target.problem;
}

export async function assertNotifyHookAllowed(raw: string, options: Options): Promise<void> {
  const problem = await notifyHookProblem(raw, options);
  if (problem) throw new ApiError("bad_request", problem, 4);
}
