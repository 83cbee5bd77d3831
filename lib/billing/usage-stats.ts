// Aggregates over the quota log for new-api's dashboard calls: /api/log/stat (spend and
// requests per minute) and /api/data/ (spend per hour and model). Spend is net: refunds of
// failed tasks are taken off, so the numbers match what left the balance.
import { getDb, Prisma } from "../db";
import { nowSec } from "../time";
import { LOG_TYPE } from "./units";

export interface UsageFilter {
  userId?: number;
  username?: string;
  /** unix seconds, inclusive (the log's created_at) */
  start?: number;
  end?: number;
  tokenName?: string;
  modelName?: string;
  channelId?: number;
  group?: string;
}

function conditions(filter: UsageFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`type IN (${LOG_TYPE.consume}, ${LOG_TYPE.refund})`];
  if (filter.userId !== undefined) where.push(Prisma.sql`user_id = ${filter.userId}`);
  if (filter.username) where.push(Prisma.sql`username = ${filter.username}`);
  if (filter.start) where.push(Prisma.sql`created_at >= ${filter.start}`);
  if (filter.end) where.push(Prisma.sql`created_at <= ${filter.end}`);
  if (filter.tokenName) where.push(Prisma.sql`token_name = ${filter.tokenName}`);
  if (filter.modelName) where.push(Prisma.sql`model_name = ${filter.modelName}`);
  if (filter.channelId) where.push(Prisma.sql`channel_id = ${filter.channelId}`);
  if (filter.group) where.push(Prisma.sql`"group" = ${filter.group}`);
  return where;
}

const netQuota = Prisma.sql`COALESCE(SUM(CASE WHEN type = ${LOG_TYPE.refund} THEN -quota ELSE quota END), 0)`;
const requests = Prisma.sql`COUNT(CASE WHEN type = ${LOG_TYPE.consume} THEN 1 END)`;

/** new-api's {quota, rpm, tpm}: net spend under the filter, charged requests in the last minute (tokens do not apply). */
export async function logStat(filter: UsageFilter) {
  const db = getDb();
  const [total] = await db.$queryRaw<{ quota: unknown }[]>`SELECT ${netQuota} AS quota FROM logs WHERE ${Prisma.join(conditions(filter), " AND ")}`;
  const recent = conditions({ ...filter, start: nowSec() - 60, end: undefined });
  const [minute] = await db.$queryRaw<{ count: unknown }[]>`SELECT ${requests} AS count FROM logs WHERE ${Prisma.join(recent, " AND ")}`;
  return { quota: Number(total?.quota ?? 0), rpm: Number(minute?.count ?? 0), tpm: 0 };
}

export interface QuotaDataPoint { model_name: string; created_at: number; count: number; quota: number; token_used: number; username?: string }

/** new-api's quota data: one point per hour and model (and per user for admins). */
export async function quotaData(filter: UsageFilter, perUser: boolean): Promise<QuotaDataPoint[]> {
  const where = Prisma.join(conditions(filter), " AND ");
  const rows = perUser
    ? await getDb().$queryRaw<Record<string, unknown>[]>`
        SELECT model_name, username, (created_at / 3600) * 3600 AS hour, ${requests} AS count, ${netQuota} AS quota
        FROM logs WHERE ${where} GROUP BY model_name, username, hour ORDER BY hour, model_name, username`
    : await getDb().$queryRaw<Record<string, unknown>[]>`
        SELECT model_name, (created_at / 3600) * 3600 AS hour, ${requests} AS count, ${netQuota} AS quota
        FROM logs WHERE ${where} GROUP BY model_name, hour ORDER BY hour, model_name`;
  return rows.map((row) => ({
    model_name: String(row.model_name),
    created_at: Number(row.hour),
    count: Number(row.count),
    quota: Number(row.quota),
    token_used: 0,
    ...(perUser ? { username: String(row.username) } : {}),
  }));
}
