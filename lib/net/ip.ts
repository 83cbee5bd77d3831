import { BlockList, isIP } from "node:net";

/** A BlockList from "1.2.3.4, 10.0.0.0/8\n::1" style lists (IPs or CIDRs; other entries ignored). */
export function ipList(entries: string): BlockList {
  const list = new BlockList();
  for (const entry of entries.split(/[\s,]+/).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family) continue;
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix !== undefined) list.addSubnet(address!, Number(prefix), type);
    else list.addAddress(address!, type);
  }
  return list;
}

export function ipMatches(list: BlockList, ip: string): boolean {
  const normalised = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(normalised);
  if (!family) return false;
  return list.check(normalised, family === 6 ? "ipv6" : "ipv4");
}

/** The caller's address: the first X-Forwarded-For hop (set by the reverse proxy), else X-Real-IP. */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || "";
}

// Addresses a user-supplied URL must never reach (SSRF): loopback, private, link-local,
// carrier-grade NAT, cloud metadata, unspecified and the IPv6 equivalents.
export const FORBIDDEN_TARGETS = ipList(
  "0.0.0.0/8 10.0.0.0/8 100.64.0.0/10 127.0.0.0/8 169.254.0.0/16 172.16.0.0/12 192.0.0.0/24 192.168.0.0/16 198.18.0.0/15 224.0.0.0/4 240.0.0.0/4 ::/128 ::1/128 fc00::/7 fe80::/10 ff00::/8",
);
