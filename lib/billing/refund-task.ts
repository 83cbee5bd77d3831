import { getDb, type Db } from "../db";
import { directDb, typedRow } from "../db/direct";
import { nowMs } from "../time";
import { insertLog } from "./log";
import { LOG_TYPE } from "./units";
import { restoreQuota } from "./reserve";

interface RefundedTask {
  userId: number; tokenId: number | null; quota: bigint; mjId: string; modelName: string; channelId: number | null; username: string; tokenName: string;
}

/**
 * Refunds a failed task's charge exactly once: the conditional update of refundedAt is
 * the guard, so racing pollers, retries and restarts cannot refund twice. Returns
 * whether this call refunded.
 */
export async function refundTask(taskId: number, reason: string, db: Db = getDb()): Promise<boolean> {
  return (await directDb(db)).transaction(async (tx) => {
    const claimed = await tx.run(`UPDATE "tasks" SET "refunded_at" = CAST(? AS BIGINT) WHERE "id" = ? AND "refunded_at" = 0 AND "quota" > 0`, [BigInt(nowMs()), taskId]);
    if (claimed !== 1) return false;
    const [found] = await tx.rows(
      `SELECT t."user_id" AS "userId", t."token_id" AS "tokenId", t."quota", t."mj_id" AS "mjId", t."model_name" AS "modelName",
         t."channel_id" AS "channelId", u."username", COALESCE(k."name", '') AS "tokenName"
       FROM "tasks" t JOIN "users" u ON u."id" = t."user_id" LEFT JOIN "tokens" k ON k."id" = t."token_id" WHERE t."id" = ?`,
      [taskId],
    );
    const task = typedRow<RefundedTask>(found!, { int: ["userId", "tokenId", "channelId"], bigint: ["quota"] });
    await restoreQuota(tx, task, task.quota);
    await insertLog(tx, {
      userId: task.userId, type: LOG_TYPE.refund, quota: task.quota, username: task.username,
      tokenId: task.tokenId ?? 0, tokenName: task.tokenName, modelName: task.modelName,
      channelId: task.channelId ?? 0, mjId: task.mjId, content: `Refund for failed task ${task.mjId}: ${reason}`,
    });
    return true;
  });
}
