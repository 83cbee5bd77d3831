// Everything the dashboard page shows, loaded in parallel.
import { channelStats, userStats } from "./admin";
import type { DashboardScope } from "./range";
import { taskStats, tasksByStatus } from "./tasks";
import { usageByDay, usageByModel } from "./usage";

export async function loadDashboard(scope: DashboardScope, admin: boolean) {
  const [days, models, statuses, stats, channels, users] = await Promise.all([
    usageByDay(scope),
    usageByModel(scope),
    tasksByStatus(scope),
    taskStats(scope),
    admin ? channelStats(scope) : Promise.resolve([]),
    admin ? userStats(scope) : Promise.resolve([]),
  ]);
  return { days, models, statuses, stats, channels, users, spend: days.reduce((sum, day) => sum + day.quota, 0) };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
