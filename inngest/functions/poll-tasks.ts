// Polls every channel with unfinished tasks every PollIntervalSeconds, for about a minute
// per run; the cron restarts it and a submit wakes it at once. singleton: one run at a time.
import { inngest, taskSubmitted } from "../client";
import { pollAllChannels } from "@/lib/jobs/run-cycle";
import { channelsWithUnfinishedTasks } from "@/lib/jobs/poll-channel";
import { getOptions, optionNumber } from "@/lib/options/options";

export const CYCLES_PER_RUN = 12;

export const pollTasksFunction = inngest.createFunction(
  {
    id: "poll-tasks",
    triggers: [{ cron: "* * * * *" }, taskSubmitted],
    singleton: { mode: "skip" },
    retries: 2,
  },
  async ({ step }) => {
    const intervalSeconds = await step.run("read-interval", async () => optionNumber(await getOptions(), "PollIntervalSeconds"));
    let cycles = 0;
    for (let i = 0; i < CYCLES_PER_RUN; i++) {
      const results = await step.run(`poll-cycle-${i}`, pollAllChannels);
      cycles++;
      const active = await step.run(`still-active-${i}`, async () => (await channelsWithUnfinishedTasks()).length > 0);
      if (!active || results.length === 0) break;
      await step.sleep(`wait-${i}`, `${intervalSeconds}s`);
    }
    return { cycles };
  },
);
