// Quota moves as single conditional updates inside one transaction: the WHERE clause
// (quota >= cost) is the check, so concurrent submits can never overdraw a key or a user.
// Direct SQL (lib/db/direct.ts): these run on every submit and every refund.
import { columnsOf, typedRow, type DirectTx } from "../db/direct";
import { ApiError } from "../http/errors";
import { nowSec } from "../time";

export interface Holder {
  userId: number;
  tokenId: number | null;
}

export async function reserveQuota(tx: DirectTx, holder: Holder, cost: bigint): Promise<void> {
  if (cost <= 0n) return;
  const user = await tx.run(
    `UPDATE "users" SET "quota" = "quota" - CAST(? AS BIGINT), "used_quota" = "used_quota" + CAST(? AS BIGINT), "request_count" = "request_count" + 1
     WHERE "id" = ? AND "quota" >= CAST(? AS BIGINT)`,
    [cost, cost, holder.userId, cost],
  );
  if (user !== 1) throw new ApiError("quota_exhausted", "Not enough quota in your balance for this action.", 4);
  if (holder.tokenId === null) return;
  // One statement for both kinds of key: a limited key must hold the cost and pays it from
  // its own limit; an unlimited key only counts its use.
  const token = await tx.run(
    `UPDATE "tokens" SET
       "remain_quota" = "remain_quota" - (CASE WHEN "unlimited_quota" THEN 0 ELSE CAST(? AS BIGINT) END),
       "used_quota" = "used_quota" + CAST(? AS BIGINT), "accessed_time" = CAST(? AS BIGINT)
     WHERE "id" = ? AND ("unlimited_quota" OR "remain_quota" >= CAST(? AS BIGINT))`,
    [cost, cost, BigInt(nowSec()), holder.tokenId, cost],
  );
  // Throwing rolls back the user's decrement above.
  if (token !== 1) throw new ApiError("quota_exhausted", "Not enough quota left on this API key for this action.", 4);
}

/** Gives back a reservation (upstream refused the job) or a charge (refund). */
export async function restoreQuota(tx: DirectTx, holder: Holder, amount: bigint): Promise<void> {
  if (amount <= 0n) return;
  await tx.run(
    `UPDATE "users" SET "quota" = "quota" + CAST(? AS BIGINT), "used_quota" = "used_quota" - CAST(? AS BIGINT) WHERE "id" = ?`,
    [amount, amount, holder.userId],
  );
  if (holder.tokenId === null) return;
  await tx.run(
    `UPDATE "tokens" SET
       "remain_quota" = "remain_quota" + (CASE WHEN "unlimited_quota" THEN 0 ELSE CAST(? AS BIGINT) END),
       "used_quota" = "used_quota" - CAST(? AS BIGINT)
     WHERE "id" = ?`,
    [amount, amount, holder.tokenId],
  );
}

const PENDING_COLUMNS = columnsOf({ userId: true, tokenId: true, quota: true });

/**
 * Releases the reservation of a pending task row (a submit that never reached confirm: its
 * process died). Conditional on the row still pending, so it happens at most once.
 */
export async function releasePendingTask(tx: DirectTx, taskId: number): Promise<boolean> {
  const [found] = await tx.rows(`SELECT ${PENDING_COLUMNS} FROM "tasks" WHERE "id" = ? AND "mj_id" = ''`, [taskId]);
  if (!found) return false;
  if ((await tx.run(`DELETE FROM "tasks" WHERE "id" = ? AND "mj_id" = ''`, [taskId])) !== 1) return false;
  const row = typedRow<Holder & { quota: bigint }>(found, { int: ["userId", "tokenId"], bigint: ["quota"] });
  await restoreQuota(tx, row, row.quota);
  return true;
}
