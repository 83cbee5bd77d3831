import { BlockList, isIP } from "node:net";

/** A BlockList from "1.2.3.4, 10.0.0.0/8\n::1" style lists (IPs or CIDRs; other entries ignored). */
export function ipList(entries: string): BlockList {
  const list = new BlockList();
  for (const entry of entries.split(/[\s,]+/).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family) continue;
    const type = family === 6 ? "ipv6" : "ipv4";
    const bits = Number(prefix);
    if (prefix !== undefined && (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32))) continue;
    if (prefix !== undefined) list.addSubnet(address!, bits, type);
    else list.addAddress(address!, type);
  }
  return list;
}

/** "::ffff:1.2.3.4" (how Node reports IPv4 peers on a dual-stack socket) → "1.2.3.4". */
export function normaliseIp(ip: string): string {
  const bare = ip.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return mapped ? mapped[1]! : bare;
}

export function ipMatches(list: BlockList, ip: string): boolean {
  const normalised = normaliseIp(ip);
  const family = isIP(normalised);
  if (!family) return false;
  return list.check(normalised, family === 6 ? "ipv6" : "ipv4");
}

/** The 16 bytes of an IPv6 address (with or without an embedded dotted quad), or null. */
export function ipv6Bytes(ip: string): Uint8Array | null {
  const address = normaliseIp(ip);
  if (isIP(address) !== 6) return null;
  let text = address;
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = 8 - left.length - right.length;
  const all = [...left, ...Array(Math.max(0, zeros)).fill("0"), ...right];
  if (all.length !== 8) return null;
  const bytes = new Uint8Array(16);
  all.forEach((group, i) => {
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  return bytes;
}

const quadOf = (bytes: ArrayLike<number>) => Array.from(bytes).join(".");
const allZero = (bytes: Uint8Array, from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);

/**
 * IPv4 addresses an IPv6 address carries and that a network may route it to: IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64
 * (64:ff9b::/96), 6to4 (2002::/16) and Teredo (2001::/32, server and obfuscated client).
 */
export function embeddedIpv4(ip: string): string[] {
  const bytes = ipv6Bytes(ip);
  if (!bytes) return [];
  const found: string[] = [];
  const last4 = bytes.slice(12, 16);
  if (allZero(bytes, 0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) found.push(quadOf(last4));
  if (allZero(bytes, 0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && allZero(bytes, 10, 12)) found.push(quadOf(last4));
  if (allZero(bytes, 0, 12)) found.push(quadOf(last4));
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && allZero(bytes, 4, 12)) found.push(quadOf(last4));
  if (bytes[0] === 0x20 && bytes[1] === 0x02) found.push(quadOf(bytes.slice(2, 6)));
  if (bytes[0] === 0x20 && bytes[1] === 0x01 && bytes[2] === 0 && bytes[3] === 0) {
    found.push(quadOf(bytes.slice(4, 8)), quadOf(last4.map((b) => b ^ 0xff)));
  }
  return found;
}

// Addresses a user-supplied URL must never reach (SSRF): loopback, private, link-local,
// carrier-grade NAT, benchmarking, multicast, reserved, cloud metadata, unspecified, the IPv6
// equivalents and the local-use NAT64 prefix (64:ff9b:1::/48, whose IPv4 part may sit anywhere).
export const FORBIDDEN_TARGETS = ipList(
  "0.0.0.0/8 10.0.0.0/8 100.64.0.0/10 127.0.0.0/8 169.254.0.0/16 172.16.0.0/12 192.0.0.0/24 192.168.0.0/16 198.18.0.0/15 224.0.0.0/4 240.0.0.0/4 " +
    "::/128 ::1/128 fc00::/7 fe80::/10 fec0::/10 ff00::/8 64:ff9b:1::/48",
);

/**
 * The forbidden form of `ip` (itself, or an IPv4 address it embeds) that `allowed` does not
 * permit, or null when every form may be reached.
 */
export function forbiddenForm(ip: string, allowed: BlockList): string | null {
  for (const form of [normaliseIp(ip), ...embeddedIpv4(ip)]) {
    if (ipMatches(FORBIDDEN_TARGETS, form) && !ipMatches(allowed, form) && !ipMatches(allowed, ip)) return form;
  }
  return null;
}
