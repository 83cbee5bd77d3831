// The caller's address. Forwarding headers (X-Forwarded-For, X-Real-IP) are believed only
// when the socket peer is one of TRUSTED_PROXIES; otherwise anyone could name any address
// and walk through a key's IP allow-list. The peer comes from scripts/next-server.mjs, which
// overwrites x-mj-peer on every request (Next itself keeps a client's X-Forwarded-For).
import { isIP, type BlockList } from "node:net";
import { getEnv } from "../env";
import type { HeaderReader } from "../http/node-request";
import { ipList, ipMatches, normaliseIp } from "./ip";

export const PEER_HEADER = "x-mj-peer";

let trusted: { source: string; list: BlockList } | undefined;

function trustedProxies(): BlockList {
  const source = getEnv().TRUSTED_PROXIES;
  if (trusted?.source !== source) trusted = { source, list: ipList(source) };
  return trusted.list;
}

/** The socket peer's address, when our server in front of Next reported it; else "". */
export function peerAddress(request: { headers: HeaderReader }): string {
  if (getEnv().MJ_PEER_HEADER !== "on") return "";
  const peer = normaliseIp(request.headers.get(PEER_HEADER) ?? "");
  return isIP(peer) ? peer : "";
}

/**
 * The client's address: the peer, or — when the peer is a trusted proxy — the nearest
 * X-Forwarded-For hop (from the right) that is not itself a trusted proxy. "" when unknown.
 */
export function clientIp(request: { headers: HeaderReader }): string {
  const peer = peerAddress(request);
  if (!peer) return "";
  const proxies = trustedProxies();
  if (!ipMatches(proxies, peer)) return peer;
  const hops = (request.headers.get("x-forwarded-for") ?? "").split(",").map((hop) => normaliseIp(hop)).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) return peer;
    if (!ipMatches(proxies, hop)) return hop;
  }
  const realIp = normaliseIp(request.headers.get("x-real-ip") ?? "");
  return hops[0] ?? (isIP(realIp) ? realIp : peer);
}
