import type { DashboardData } from "@/lib/dashboard/load";
import type { Messages } from "@/lib/i18n/en";
import { fill, formatDuration, formatNumber, formatUsd } from "@/lib/i18n/format";
import { modelActionName } from "../tasks/task-bits";
import { DashboardBarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { Stat } from "./stat";

const STATUS_COLORS: Record<string, string> = { SUCCESS: "#10b981", FAILURE: "#ef4444", CANCEL: "#f97316", MODAL: "#f59e0b", IN_PROGRESS: "#6366f1", SUBMITTED: "#818cf8" };


/** The figures, then spending per day, per action and tasks by status. */
export function DashboardView({ data, balance, t }: { data: DashboardData; balance: number; t: Messages }) {
  const d = t.dashboard;
  const { stats } = data;
  const days = data.days.map((day) => ({ label: day.day.slice(5), value: day.quota }));
  const models = data.models.filter((model) => model.quota > 0).map((model) => ({ label: modelActionName(t, model.model), value: model.quota }));
  const statuses = data.statuses.map((entry) => ({ label: t.status[entry.status] ?? entry.status, value: entry.count, color: STATUS_COLORS[entry.status] ?? "#a3a3a3" }));
  const spent = data.days.some((day) => day.quota !== 0);
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
        <Stat label={d.balance} value={formatUsd(balance)} detail={`${formatNumber(balance)} ${t.common.quota}`} />
        <Stat label={d.spend} value={formatUsd(data.spend)} detail={d.spendHint} />
        <Stat label={d.tasks} value={formatNumber(stats.total)} />
        <Stat
          label={d.successRate}
          value={stats.successRate === null ? d.none : `${Math.round(stats.successRate * 1000) / 10}%`}
          detail={fill(d.successRateHint, { ok: stats.succeeded, done: stats.succeeded + stats.failed })}
        />
        <Stat label={d.medianDuration} value={stats.medianDurationMs === null ? d.none : formatDuration(stats.medianDurationMs)} detail={d.medianDurationHint} />
      </dl>
      <ChartCard id="spend-per-day" title={d.spendPerDay} columns={[d.day, d.spend]} rows={spent ? data.days.map((day) => [day.day, formatUsd(day.quota)]) : []} empty={d.noData}>
        <DashboardBarChart data={days} unit="quota" />
      </ChartCard>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCard id="spend-per-action" title={d.spendPerAction} columns={[t.tasks.action, d.spend]} rows={models.map((model) => [model.label, formatUsd(model.value)])} empty={d.noData}>
          <DashboardBarChart data={models} unit="quota" layout="rows" color="#8b5cf6" />
        </ChartCard>
        <ChartCard id="tasks-by-status" title={d.tasksByStatus} columns={[d.status, d.count]} rows={statuses.map((entry) => [entry.label, formatNumber(entry.value)])} empty={d.noData}>
          <DashboardBarChart data={statuses} unit="count" layout="rows" />
        </ChartCard>
      </div>
    </div>
  );
}
