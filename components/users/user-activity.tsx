import type { Messages } from "@/lib/i18n/en";
import { listLogs, logOutput } from "@/lib/billing/list-logs";
import { listPortalTasks } from "@/lib/tasks/portal-tasks";
import { TaskCards } from "../tasks/task-cards";
import { Card } from "../ui/card";
import { LogTable } from "../usage/log-table";

/** The user's latest tasks and log lines, to see what a change is about. */
export async function UserActivity({ userId, t }: { userId: number; t: Messages }) {
  const [tasks, logs] = await Promise.all([listPortalTasks({ userId }, { skip: 0, take: 6 }), listLogs({ userId }, { skip: 0, take: 10 })]);
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Card id="user-tasks" title={t.users.recentTasks}>
        <TaskCards tasks={tasks.items} admin t={t} />
      </Card>
      <Card id="user-logs" title={t.users.recentLogs}>
        <LogTable logs={logs.items.map((log) => logOutput(log, true))} admin={{ channelNames: {} }} />
      </Card>
    </div>
  );
}
