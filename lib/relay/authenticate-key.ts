// Relay authentication as new-api: Authorization: Bearer sk-…, or mj-api-secret when
// Authorization is empty or the literal "midjourney-proxy" (what proxy clients send).
import { getDb } from "../db";
import { ShortLivedCache } from "../cache/short-lived";
import { ApiError } from "../http/errors";
import type { RelayRequest } from "../http/node-request";
import { ipList, ipMatches } from "../net/ip";
import { clientIp } from "../net/client-ip";
import { TOKEN_STATUS } from "../tokens/token-status";
import { parseClientKey } from "../tokens/token-key";
import { nowSec } from "../time";
import { ROLE, USER_STATUS } from "../auth/roles";

export interface RelayCaller {
  /** null for submits made in the portal, which spend the user's balance directly. */
  token: { id: number; name: string; group: string; unlimitedQuota: boolean; remainQuota: bigint; modelLimitsEnabled: boolean; modelLimits: string } | null;
  user: { id: number; username: string; group: string; role: number; quota: bigint };
  /** The group that prices and routes this request: the key's, else the user's. */
  group: string;
  /** A channel pinned with sk-KEY-<channelId> (admins only). */
  pinnedChannelId: number | null;
}

function presentedKey(request: RelayRequest): string {
  const authorization = request.headers.get("authorization")?.trim() ?? "";
  if (authorization && authorization !== "midjourney-proxy") return authorization;
  return request.headers.get("mj-api-secret")?.trim() ?? "";
}

const unauthorized = (message: string) => new ApiError("unauthorized", message, 4);

const keySelect = {
  id: true, name: true, status: true, expiredTime: true, remainQuota: true, unlimitedQuota: true, allowIps: true,
  modelLimitsEnabled: true, modelLimits: true, group: true,
  user: { select: { id: true, username: true, group: true, role: true, status: true, quota: true } },
} as const;

// A key and its owner, read once a second per key: a relay client polling fetch costs one
// query a request instead of three. Every check below still runs on each request.
const keys = new ShortLivedCache<string, Awaited<ReturnType<typeof loadKey>>>(1000);
const loadKey = (key: string) => getDb().token.findUnique({ where: { key }, select: keySelect });

export async function authenticateRelayKey(request: RelayRequest): Promise<RelayCaller> {
  const raw = presentedKey(request);
  if (!raw) throw unauthorized("No API key: send Authorization: Bearer sk-… or the mj-api-secret header.");
  const { key, channelId } = parseClientKey(raw);
  const token = await keys.get(key, () => loadKey(key));
  if (!token) throw unauthorized("The API key is not valid.");
  if (token.status !== TOKEN_STATUS.enabled) throw unauthorized("This API key is disabled, expired or used up.");
  if (token.expiredTime !== -1n && token.expiredTime <= BigInt(nowSec())) throw unauthorized("This API key has expired.");
  if (!token.unlimitedQuota && token.remainQuota <= 0n) throw unauthorized("This API key's quota is used up.");
  if (token.user.status !== USER_STATUS.enabled) throw unauthorized("The owner of this API key is disabled.");
  if (token.allowIps.trim()) {
    const ip = clientIp(request);
    if (!ipMatches(ipList(token.allowIps), ip)) throw new ApiError("forbidden", `This API key may not be used from ${ip || "an unknown address"}.`, 4);
  }
  if (channelId !== null && token.user.role < ROLE.admin) throw new ApiError("forbidden", "Only admins may pin a channel with sk-KEY-<channel id>.", 4);
  const { user, ...rest } = token;
  return { token: rest, user, group: token.group || user.group, pinnedChannelId: channelId };
}

export function assertModelAllowed(caller: RelayCaller, model: string): void {
  if (!caller.token?.modelLimitsEnabled) return;
  const allowed = caller.token.modelLimits.split(",").map((m) => m.trim());
  if (!allowed.includes(model)) throw new ApiError("forbidden", `This API key may not use ${model}.`, 4);
}
