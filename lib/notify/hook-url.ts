// SSRF guard for notify hooks: a client's URL must be http(s) and must not resolve to a
// loopback, private, link-local or metadata address unless NOTIFY_HOOK_ALLOW (or the
// admin's NotifyHookAllow option) lists the host or its network. Checked at submit and
// again at each delivery, since DNS can change in between.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { getEnv } from "../env";
import { ApiError } from "../http/errors";
import { FORBIDDEN_TARGETS, ipList, ipMatches } from "../net/ip";
import type { Options } from "../options/options";

function allowEntries(options: Options): string[] {
  return `${getEnv().NOTIFY_HOOK_ALLOW} ${options.NotifyHookAllow}`.split(/[\s,]+/).filter(Boolean);
}

export async function notifyHookProblem(raw: string, options: Options): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "notifyHook is not a valid URL.";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "notifyHook must be an http or https URL.";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const entries = allowEntries(options);
  if (entries.some((entry) => entry.toLowerCase() === host)) return null;
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `notifyHook host ${host} does not resolve.`;
  }
  const allowed = ipList(entries.join(" "));
  const blocked = addresses.find((ip) => ipMatches(FORBIDDEN_TARGETS, ip) && !ipMatches(allowed, ip));
  return blocked ? `notifyHook may not point at a private or local address (${host} → ${blocked}).` : null;
}

export async function assertNotifyHookAllowed(raw: string, options: Options): Promise<void> {
  const problem = await notifyHookProblem(raw, options);
  if (problem) throw new ApiError("bad_request", problem, 4);
}
