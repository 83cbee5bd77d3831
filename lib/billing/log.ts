import type { DbOrTx } from "../db";
import type { DirectTx, Sql, SqlValue } from "../db/direct";
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

const LOG_INSERT = `INSERT INTO "logs" ("user_id", "type", "content", "quota", "created_at", "username", "token_id", "token_name", "model_name", "channel_id", "group", "mj_id", "other")`;
const LOG_VALUES = `?, ?, ?, CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?, ?`;

function logValues(entry: LogEntry): SqlValue[] {
  const row = logRow(entry);
  return [row.userId, row.type, row.content, row.quota, row.createdAt, row.username, row.tokenId, row.tokenName, row.modelName, row.channelId, row.group, row.mjId, row.other];
}

/** writeLog in a direct SQL transaction (a submit's charge, a refund). */
export async function insertLog(tx: DirectTx, entry: LogEntry): Promise<void> {
  await tx.run(`${LOG_INSERT} VALUES (${LOG_VALUES})`, logValues(entry));
}

/** insertLog as a step of a folded statement (lib/db/direct.ts): written only when the step `after` returned a row. */
export function insertLogAfter(after: string, entry: LogEntry): Sql {
  return { text: `${LOG_INSERT} SELECT ${LOG_VALUES} WHERE EXISTS (SELECT 1 FROM "${after}")`, params: logValues(entry) };
}
