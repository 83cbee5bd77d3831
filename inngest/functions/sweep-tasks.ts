// Timeouts for tasks no poller reaches, refunds a crash interrupted, abandoned reservations.
import { inngest } from "../client";
import { sweepTasks } from "@/lib/jobs/sweep";

export const sweepTasksFunction = inngest.createFunction(
  { id: "sweep-tasks", triggers: [{ cron: "* * * * *" }], singleton: { mode: "skip" }, retries: 3 },
  async ({ step }) => step.run("sweep", sweepTasks),
);
