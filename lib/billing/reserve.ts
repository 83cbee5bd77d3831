// Quota moves as single conditional updates inside one transaction: the WHERE clause
// (quota >= cost) is the check, so concurrent submits can never overdraw a key or a user.
import type { DbOrTx, Tx } from "../db";
import { ApiError } from "../http/errors";
import { nowSec } from "../time";

export interface Holder {
  userId: number;
  tokenId: number | null;
}

export async function reserveQuota(tx: Tx, holder: Holder, cost: bigint): Promise<void> {
  if (cost <= 0n) return;
  const user = await tx.user.updateMany({
    where: { id: holder.userId, quota: { gte: cost } },
    data: { quota: { decrement: cost }, usedQuota: { increment: cost }, requestCount: { increment: 1 } },
  });
  if (user.count !== 1) throw new ApiError("quota_exhausted", "Not enough quota in your balance for this action.", 4);
  if (holder.tokenId === null) return;
  // One statement for both kinds of key: a limited key must hold the cost and pays it from
  // its own limit; an unlimited key only counts its use.
  const token = await tx.$executeRaw`
    UPDATE "tokens" SET
      "remain_quota" = "remain_quota" - (CASE WHEN "unlimited_quota" THEN 0 ELSE CAST(${cost} AS BIGINT) END),
      "used_quota" = "used_quota" + CAST(${cost} AS BIGINT), "accessed_time" = CAST(${BigInt(nowSec())} AS BIGINT)
    WHERE "id" = ${holder.tokenId} AND ("unlimited_quota" OR "remain_quota" >= CAST(${cost} AS BIGINT))`;
  // Throwing rolls back the user's decrement above.
  if (token !== 1) throw new ApiError("quota_exhausted", "Not enough quota left on this API key for this action.", 4);
}

/** Gives back a reservation (upstream refused the job) or a charge (refund). */
export async function restoreQuota(db: DbOrTx, holder: Holder, amount: bigint): Promise<void> {
  if (amount <= 0n) return;
  await db.user.update({
    where: { id: holder.userId },
    data: { quota: { increment: amount }, usedQuota: { decrement: amount } },
    select: { id: true },
  });
  if (holder.tokenId === null) return;
  await db.token.updateMany({ where: { id: holder.tokenId, unlimitedQuota: false }, data: { remainQuota: { increment: amount }, usedQuota: { decrement: amount } } });
  await db.token.updateMany({ where: { id: holder.tokenId, unlimitedQuota: true }, data: { usedQuota: { decrement: amount } } });
}
