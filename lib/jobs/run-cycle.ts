import { channelsWithUnfinishedTasks, pollChannel, type PollResult } from "./poll-channel";

/** One poll cycle over every channel with unfinished tasks. */
export async function pollAllChannels(): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (const channelId of await channelsWithUnfinishedTasks()) results.push(await pollChannel(channelId));
  return results;
}
