import { getDb, type Db } from "../db";
import { nowMs } from "../time";
import { writeLog } from "./log";
import { LOG_TYPE } from "./units";
import { restoreQuota } from "./reserve";

/**
 * Refunds a failed task's charge exactly once: the conditional update of refundedAt is
 * the guard, so racing pollers, retries and restarts cannot refund twice. Returns
 * whether this call refunded.
 */
export async function refundTask(taskId: number, reason: string, db: Db = getDb()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.task.updateMany({ where: { id: taskId, refundedAt: 0n, quota: { gt: 0n } }, data: { refundedAt: BigInt(nowMs()) } });
    if (claimed.count !== 1) return false;
    const task = await tx.task.findUniqueOrThrow({
      where: { id: taskId },
      select: { userId: true, tokenId: true, quota: true, mjId: true, modelName: true, channelId: true, user: { select: { username: true } } },
    });
    await restoreQuota(tx, { userId: task.userId, tokenId: task.tokenId }, task.quota);
    const token = task.tokenId ? await tx.token.findUnique({ where: { id: task.tokenId }, select: { name: true } }) : null;
    await writeLog(tx, {
      userId: task.userId, type: LOG_TYPE.refund, quota: task.quota, username: task.user.username,
      tokenId: task.tokenId ?? 0, tokenName: token?.name ?? "", modelName: task.modelName,
      channelId: task.channelId ?? 0, mjId: task.mjId, content: `Refund for failed task ${task.mjId}: ${reason}`,
    });
    return true;
  });
}
