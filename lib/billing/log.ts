import type { DbOrTx } from "../db";
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

export async function writeLog(db: DbOrTx, entry: LogEntry): Promise<void> {
  await db.log.create({
    data: {
      userId: entry.userId, type: entry.type, content: entry.content, quota: entry.quota, createdAt: BigInt(nowSec()),
      username: entry.username ?? "", tokenId: entry.tokenId ?? 0, tokenName: entry.tokenName ?? "",
      modelName: entry.modelName ?? "", channelId: entry.channelId ?? 0, group: entry.group ?? "",
      mjId: entry.mjId ?? "", other: entry.other ? JSON.stringify(entry.other) : "",
    },
  });
}
