import type { LogOutput } from "../schemas/log";
import { getDb } from "../db";

export interface LogFilter {
  userId?: number; type?: number; startTimestamp?: number; endTimestamp?: number; username?: string;
  tokenName?: string; modelName?: string; channelId?: number; group?: string;
}

export async function listLogs(filter: LogFilter, page: { skip: number; take: number }) {
  const createdAt: { gte?: bigint; lte?: bigint } = {};
  if (filter.startTimestamp) createdAt.gte = BigInt(filter.startTimestamp);
  if (filter.endTimestamp) createdAt.lte = BigInt(filter.endTimestamp);
  const where = {
    ...(filter.userId !== undefined ? { userId: filter.userId } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(Object.keys(createdAt).length ? { createdAt } : {}),
    ...(filter.username ? { username: filter.username } : {}),
    ...(filter.tokenName ? { tokenName: filter.tokenName } : {}),
    ...(filter.modelName ? { modelName: filter.modelName } : {}),
    ...(filter.channelId ? { channelId: filter.channelId } : {}),
    ...(filter.group ? { group: filter.group } : {}),
  };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.log.findMany({ where, orderBy: { id: "desc" }, skip: page.skip, take: page.take }),
    db.log.count({ where }),
  ]);
  return { items, total };
}

type LogRow = Awaited<ReturnType<typeof listLogs>>["items"][number];

/** new-api's log object; users do not see which channel served them. */
export function logOutput(log: LogRow, admin: boolean): LogOutput {
  return {
    id: log.id, user_id: log.userId, created_at: Number(log.createdAt), type: log.type, content: log.content,
    username: log.username, token_name: log.tokenName, token_id: log.tokenId, model_name: log.modelName,
    quota: Number(log.quota), group: log.group, mj_id: log.mjId, other: log.other,
    ...(admin ? { channel: log.channelId } : {}),
  };
}
