// The admin dashboard's tables: how each channel and each user did over a range.
import { getDb, type DbOrTx } from "../db";
import { LOG_TYPE } from "../billing/units";
import { CHANNEL_AUTO_DISABLED_EVENT } from "../channels/channel-status";
import { TASK_STATUS } from "../tasks/status";
import type { DashboardRange } from "./range";

export interface ChannelStat {
  id: number;
  name: string;
  status: number;
  /** Why and when it was disabled automatically (status 3), else "". */
  statusReason: string;
  tasks: number;
  failures: number;
  /** The last measured response time (test or relay), 0 when never measured. */
  responseTimeMs: number;
  /** How many times it was disabled automatically in the range. */
  autoDisables: number;
}

export async function channelStats(range: DashboardRange, db: DbOrTx = getDb()): Promise<ChannelStat[]> {
  const submitTime = { gte: BigInt(range.from), lte: BigInt(range.to) };
  const [channels, groups, disables] = await Promise.all([
    db.channel.findMany({ select: { id: true, name: true, status: true, statusReason: true, responseTime: true }, orderBy: { id: "asc" } }),
    db.task.groupBy({ by: ["channelId", "status"], where: { submitTime, mjId: { not: "" }, channelId: { not: null } }, _count: { _all: true } }),
    db.log.groupBy({
      by: ["channelId"],
      where: { type: LOG_TYPE.system, other: { contains: CHANNEL_AUTO_DISABLED_EVENT }, createdAt: { gte: BigInt(Math.floor(range.from / 1000)), lte: BigInt(Math.floor(range.to / 1000)) } },
      _count: { _all: true },
    }),
  ]);
  return channels.map((channel) => {
    const mine = groups.filter((group) => group.channelId === channel.id);
    const sum = (statuses?: string[]) => mine.filter((group) => !statuses || statuses.includes(group.status)).reduce((total, group) => total + group._count._all, 0);
    return {
      id: channel.id, name: channel.name, status: channel.status, statusReason: channel.statusReason,
      tasks: sum(), failures: sum([TASK_STATUS.failure, TASK_STATUS.cancel]), responseTimeMs: channel.responseTime,
      autoDisables: disables.find((group) => group.channelId === channel.id)?._count._all ?? 0,
    };
  });
}

export interface UserStat {
  userId: number;
  username: string;
  tasks: number;
  failures: number;
  /** Charges minus refunds, in quota. */
  spend: number;
}

/** The users who spent the most over the range (at most `limit`), with their tasks and failures. */
export async function userStats(range: DashboardRange, limit = 10, db: DbOrTx = getDb()): Promise<UserStat[]> {
  const createdAt = { gte: BigInt(Math.floor(range.from / 1000)), lte: BigInt(Math.floor(range.to / 1000)) };
  const submitTime = { gte: BigInt(range.from), lte: BigInt(range.to) };
  const [spends, tasks] = await Promise.all([
    db.log.groupBy({ by: ["userId", "type"], where: { createdAt, type: { in: [LOG_TYPE.consume, LOG_TYPE.refund] } }, _sum: { quota: true } }),
    db.task.groupBy({ by: ["userId", "status"], where: { submitTime, mjId: { not: "" } }, _count: { _all: true } }),
  ]);
  const stats = new Map<number, UserStat>();
  const entry = (userId: number) => {
    let stat = stats.get(userId);
    if (!stat) stats.set(userId, (stat = { userId, username: "", tasks: 0, failures: 0, spend: 0 }));
    return stat;
  };
  for (const group of spends) entry(group.userId).spend += (group.type === LOG_TYPE.refund ? -1 : 1) * Number(group._sum.quota ?? 0n);
  for (const group of tasks) {
    const stat = entry(group.userId);
    stat.tasks += group._count._all;
    if (group.status === TASK_STATUS.failure || group.status === TASK_STATUS.cancel) stat.failures += group._count._all;
  }
  const top = [...stats.values()].sort((a, b) => b.spend - a.spend || b.tasks - a.tasks || a.userId - b.userId).slice(0, limit);
  const users = await db.user.findMany({ where: { id: { in: top.map((stat) => stat.userId) } }, select: { id: true, username: true, displayName: true } });
  for (const stat of top) {
    const user = users.find((candidate) => candidate.id === stat.userId);
    stat.username = user ? user.displayName || user.username : `#${stat.userId}`;
  }
  return top;
}
