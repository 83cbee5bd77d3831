// Quota moves as single conditional updates inside one transaction: the WHERE clause
// (quota >= cost) is the check, so concurrent submits can never overdraw a key or a user.
// Direct SQL (lib/db/direct.ts): these run on every submit and every refund.
import { columnsOf, folded, typedRow, type DirectTx, type Row, type Sql } from "../db/direct";
import { ApiError } from "../http/errors";
import { nowSec } from "../time";

export interface Holder {
  userId: number;
  tokenId: number | null;
}

const userCharge = (userId: number, cost: bigint): Sql => ({
  text: `UPDATE "users" SET "quota" = "quota" - CAST(? AS BIGINT), "used_quota" = "used_quota" + CAST(? AS BIGINT), "request_count" = "request_count" + 1
     WHERE "id" = ? AND "quota" >= CAST(? AS BIGINT)`,
  params: [cost, cost, userId, cost],
});

// One statement for both kinds of key: a limited key must hold the cost and pays it from
// its own limit; an unlimited key only counts its use.
const keyCharge = (tokenId: number, cost: bigint): Sql => ({
  text: `UPDATE "tokens" SET
       "remain_quota" = "remain_quota" - (CASE WHEN "unlimited_quota" THEN 0 ELSE CAST(? AS BIGINT) END),
       "used_quota" = "used_quota" + CAST(? AS BIGINT), "accessed_time" = CAST(? AS BIGINT)
     WHERE "id" = ? AND ("unlimited_quota" OR "remain_quota" >= CAST(? AS BIGINT))`,
  params: [cost, cost, BigInt(nowSec()), tokenId, cost],
});

const balanceTooLow = () => new ApiError("quota_exhausted", "Not enough quota in your balance for this action.", 4);
const keyLimitTooLow = () => new ApiError("quota_exhausted", "Not enough quota left on this API key for this action.", 4);

export async function reserveQuota(tx: DirectTx, holder: Holder, cost: bigint): Promise<void> {
  if (cost <= 0n) return;
  const user = userCharge(holder.userId, cost);
  if ((await tx.run(user.text, user.params)) !== 1) throw balanceTooLow();
  if (holder.tokenId === null) return;
  const key = keyCharge(holder.tokenId, cost);
  // Throwing rolls back the user's decrement above.
  if ((await tx.run(key.text, key.params)) !== 1) throw keyLimitTooLow();
}

const counted = (charge: Sql): Sql => ({ ...charge, text: `${charge.text} RETURNING 1` });

// PostgreSQL raises a refusal inside the statement, as a cast that fails, so that the
// statement's own success means the reservation was made (DirectDb.single's sqlDecides).
const REFUSED = { user_charge: "mj_refused:balance", key_charge: "mj_refused:key" } as const;
const refusalOf = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string };
  if (code !== "22P02" || !message) return null;
  if (message.includes(REFUSED.user_charge)) return balanceTooLow();
  if (message.includes(REFUSED.key_charge)) return keyLimitTooLow();
  return null;
};

/**
 * Runs `write` (a statement that returns one row) and reserves `cost`, as reserveQuota does
 * after it; the row written. On PostgreSQL in one statement, which fails when a charge
 * matched no row (the balance or the key's limit is too low), so that nothing it wrote stays.
 */
export async function writeAndReserve(tx: DirectTx, write: Sql, holder: Holder, cost: bigint): Promise<Row> {
  if (tx.dialect === "sqlite" || cost <= 0n) {
    const [written] = await tx.rows(write.text, write.params);
    await reserveQuota(tx, holder, cost);
    return written!;
  }
  const charges = { user_charge: counted(userCharge(holder.userId, cost)), ...(holder.tokenId === null ? {} : { key_charge: counted(keyCharge(holder.tokenId, cost)) }) };
  const refusals = Object.keys(charges).map((name) => `WHEN (SELECT COUNT(*) FROM "${name}") <> 1 THEN '${REFUSED[name as keyof typeof REFUSED]}'`).join(" ");
  const { text, params } = folded({ written: write, ...charges }, `SELECT "written".* FROM "written" WHERE CAST(CASE ${refusals} ELSE '0' END AS INTEGER) = 0`);
  try {
    const [written] = await tx.rows(text, params);
    return written!;
  } catch (error) {
    throw refusalOf(error) ?? error;
  }
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
