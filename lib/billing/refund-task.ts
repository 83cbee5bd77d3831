import { getDb, type Db } from "../db";
import { directDb } from "../db/direct";
import { nowMs } from "../time";
import { insertLog } from "./log";
import { LOG_TYPE } from "./units";
import { restoreQuota } from "./reserve";

/**
 * Refunds a failed task's charge exactly once: the conditional update of refundedAt is
 * the guard, so racing pollers, retries and restarts cannot refund twice. Returns
 * whether this call refunded.
 */
export async function refundTask(taskId: number, reason: string, db: Db = getDb()): Promise<boolean> {
  return (await directDb(db)).transaction(async (tx) => {
    const claimed = await tx.run(`UPDATE "tasks" SET "refunded_at" = CAST(? AS BIGINT) WHERE "id" = ? AND "refunded_at" = 0 AND "quota" > 0`, [BigInt(nowMs()), taskId]);
    if (claimed !== 1) return false;
    const [task] = await tx.rows(
      `SELECT t."user_id", t."token_id", t."quota", t."mj_id", t."model_name", t."channel_id", u."username", k."name" AS "token_name"
       FROM "tasks" t JOIN "users" u ON u."id" = t."user_id" LEFT JOIN "tokens" k ON k."id" = t."token_id" WHERE t."id" = ?`,
      [taskId],
    );
    const tokenId = task!.token_id == null ? null : Number(task!.token_id);
    const quota = BigInt(task!.quota as string | number);
    const mjId = String(task!.mj_id);
    await restoreQuota(tx, { userId: Number(task!.user_id), tokenId }, quota);
    await insertLog(tx, {
      userId: Number(task!.user_id), type: LOG_TYPE.refund, quota, username: String(task!.username),
      tokenId: tokenId ?? 0, tokenName: String(task!.token_name ?? ""), modelName: String(task!.model_name),
      channelId: Number(task!.channel_id ?? 0), mjId, content: `Refund for failed task ${mjId}: ${reason}`,
    });
    return true;
  });
}
