import { deliverNotify, dueDeliveries } from "../notify/deliver";
import { channelsWithUnfinishedTasks, pollChannel, type PollResult } from "./poll-channel";

/** One poll cycle over every channel with unfinished tasks. */
export async function pollAllChannels(): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (const channelId of await channelsWithUnfinishedTasks()) results.push(await pollChannel(channelId));
  return results;
}

/** Sends every notify delivery that is due; returns how many were attempted. */
export async function deliverDueNotifications(): Promise<number> {
  const due = await dueDeliveries();
  await Promise.all(due.map((id) => deliverNotify(id)));
  return due.length;
}
