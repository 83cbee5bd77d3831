import { channelsWithUnfinishedTasks, pollChannel, type PollResult } from "./poll-channel";

// Channels are separate upstreams: poll several at once, so one slow upstream (or one
// with thousands of unfinished tasks) does not delay every other channel's tasks.
const CHANNELS_AT_ONCE = 8;

/** One poll cycle over every channel with unfinished tasks. */
export async function pollAllChannels(): Promise<PollResult[]> {
  const pending = await channelsWithUnfinishedTasks();
  const results: PollResult[] = [];
  await Promise.all(Array.from({ length: Math.min(CHANNELS_AT_ONCE, pending.length) }, async () => {
    for (let channelId = pending.shift(); channelId !== undefined; channelId = pending.shift()) results.push(await pollChannel(channelId));
  }));
  return results.sort((a, b) => a.channelId - b.channelId);
}
