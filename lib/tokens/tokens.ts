// API keys (new-api "tokens"): every query carries the owner's id.
import { getDb, type DbOrTx } from "../db";
import { ApiError } from "../http/errors";
import { nowSec } from "../time";
import { assertUsableKeyGroup } from "./key-group";
import { maskKey, newTokenKey } from "./token-key";
import type { TokenOutput } from "../schemas/token";

import { TOKEN_STATUS } from "./token-status";

export interface TokenInput {
  name: string;
  expiredTime?: number;
  remainQuota?: number;
  unlimitedQuota?: boolean;
  modelLimitsEnabled?: boolean;
  modelLimits?: string;
  allowIps?: string;
  group?: string;
}

const tokenSelect = {
  id: true, userId: true, key: true, name: true, status: true, createdTime: true, accessedTime: true,
  expiredTime: true, remainQuota: true, unlimitedQuota: true, usedQuota: true, modelLimitsEnabled: true,
  modelLimits: true, allowIps: true, group: true,
} as const;

interface TokenRow {
  id: number; userId: number; key: string; name: string; status: number; createdTime: bigint; accessedTime: bigint; expiredTime: bigint;
  remainQuota: bigint; unlimitedQuota: boolean; usedQuota: bigint; modelLimitsEnabled: boolean; modelLimits: string; allowIps: string; group: string;
}

/** new-api's token object; the key is masked (reveal it with POST /api/token/{id}/key). */
export function tokenOutput(token: TokenRow): TokenOutput {
  return {
    id: token.id, user_id: token.userId, name: token.name, key: maskKey(token.key), status: token.status,
    created_time: Number(token.createdTime), accessed_time: Number(token.accessedTime),
    expired_time: Number(token.expiredTime), remain_quota: Number(token.remainQuota),
    unlimited_quota: token.unlimitedQuota, used_quota: Number(token.usedQuota),
    model_limits_enabled: token.modelLimitsEnabled, model_limits: token.modelLimits,
    allow_ips: token.allowIps, group: token.group,
  };
}

function toData(input: Partial<TokenInput>) {
  return {
    name: input.name,
    expiredTime: input.expiredTime === undefined ? undefined : BigInt(input.expiredTime),
    remainQuota: input.remainQuota === undefined ? undefined : BigInt(input.remainQuota),
    unlimitedQuota: input.unlimitedQuota,
    modelLimitsEnabled: input.modelLimitsEnabled,
    modelLimits: input.modelLimits,
    allowIps: input.allowIps,
    group: input.group,
  };
}

export async function createToken(userId: number, input: TokenInput, db: DbOrTx = getDb()) {
  await assertUsableKeyGroup(userId, input.group ?? "", db);
  const data = toData(input);
  return db.token.create({
    data: { ...data, name: input.name, userId, key: newTokenKey(), createdTime: BigInt(nowSec()) },
    select: tokenSelect,
  });
}

export async function getTokenOrThrow(userId: number, id: number, db: DbOrTx = getDb()) {
  const token = await db.token.findFirst({ where: { id, userId }, select: tokenSelect });
  if (!token) throw new ApiError("not_found", "No such API key.");
  return token;
}

export async function listTokens(userId: number, page: { skip: number; take: number }, keyword = "", db: DbOrTx = getDb()) {
  const where = { userId, ...(keyword ? { name: { contains: keyword } } : {}) };
  const [items, total] = await Promise.all([
    db.token.findMany({ where, select: tokenSelect, orderBy: { id: "desc" }, skip: page.skip, take: page.take }),
    db.token.count({ where }),
  ]);
  return { items, total };
}

export async function updateToken(userId: number, id: number, input: Partial<TokenInput> & { status?: number }, db: DbOrTx = getDb()) {
  const current = await getTokenOrThrow(userId, id, db);
  // A key keeps a group it already has (an admin may have narrowed the list since).
  if (input.group !== undefined && input.group !== current.group) await assertUsableKeyGroup(userId, input.group, db);
  if (input.status === TOKEN_STATUS.enabled) {
    const expiry = input.expiredTime ?? Number(current.expiredTime);
    if (expiry !== -1 && expiry <= nowSec()) throw new ApiError("bad_request", "This key has expired: change its expiry before enabling it.");
    const unlimited = input.unlimitedQuota ?? current.unlimitedQuota;
    const remain = input.remainQuota ?? Number(current.remainQuota);
    if (!unlimited && remain <= 0) throw new ApiError("bad_request", "This key's quota is used up: raise its quota before enabling it.");
  }
  return db.token.update({ where: { id: current.id }, data: { ...toData(input), status: input.status }, select: tokenSelect });
}

export async function deleteToken(userId: number, id: number, db: DbOrTx = getDb()) {
  const { count } = await db.token.deleteMany({ where: { id, userId } });
  if (count === 0) throw new ApiError("not_found", "No such API key.");
}
