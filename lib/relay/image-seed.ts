import { getChannelForUpstream } from "../channels/channels";
import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { getOptions, optionNumber } from "../options/options";
import { callUpstream, UpstreamFault } from "./upstream";

/** The upstream's image-seed answer for the caller's task, or null when it is not theirs. */
export async function fetchImageSeed(userId: number, mjId: string) {
  const task = await getDb().task.findFirst({ where: { userId, mjId }, select: { channelId: true } });
  if (!task) return null;
  const channel = task.channelId ? await getChannelForUpstream(task.channelId) : null;
  if (!channel) throw new ApiError("no_channel", "The channel that ran this task no longer exists.", 3);
  const timeoutMs = optionNumber(await getOptions(), "UpstreamTimeoutSeconds") * 1000;
  try {
    return await callUpstream(channel, "GET", `/mj/task/${encodeURIComponent(mjId)}/image-seed`, undefined, timeoutMs);
  } catch (error) {
    if (error instanceof UpstreamFault) throw new ApiError("upstream_error", error.message, 9);
    throw error;
  }
}
