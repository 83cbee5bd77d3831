import type { DbOrTx } from "../db";
import type { DirectTx } from "../db/direct";
import { nowSec } from "../time";


export interface LogEntry {
  userId: number;
  type: number;
  content: string;
  quota: bigint;
  username?: string;
  tokenId?: number;
  tokenName?: string;
  modelName?: string;
  channelId?: number;
  group?: string;
  mjId?: string;
  other?: Record<string, unknown>;
}

function logRow(entry: LogEntry) {
  return {
    userId: entry.userId, type: entry.type, content: entry.content, quota: entry.quota, createdAt: BigInt(nowSec()),
    username: entry.username ?? "", tokenId: entry.tokenId ?? 0, tokenName: entry.tokenName ?? "",
    modelName: entry.modelName ?? "", channelId: entry.channelId ?? 0, group: entry.group ?? "",
    mjId: entry.mjId ?? "", other: entry.other ? JSON.stringify(entry.other) : "",
  };
}

export async function writeLog(db: DbOrTx, entry: LogEntry): Promise<void> {
  await db.log.create({ data: logRow(entry) });
}

/** writeLog in a direct SQL transaction (a submit's charge, a refund). */
export async function insertLog(tx: DirectTx, entry: LogEntry): Promise<void> {
  const row = logRow(entry);
  await tx.run(
    `INSERT INTO "logs" ("user_id", "type", "content", "quota", "created_at", "username", "token_id", "token_name", "model_name", "channel_id", "group", "mj_id", "other")
     VALUES (?, ?, ?, CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?, ?)`,
    [row.userId, row.type, row.content, row.quota, row.createdAt, row.username, row.tokenId, row.tokenName, row.modelName, row.channelId, row.group, row.mjId, row.other],
  );
}
