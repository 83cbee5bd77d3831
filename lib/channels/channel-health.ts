// Automatic disabling (auto_ban): code 3 ("no available account") disables at once;
// other upstream faults count up to ChannelFailThreshold consecutive ones.
import { getDb } from "../db";
import { getOptions, optionBool, optionNumber } from "../options/options";
import { CHANNEL_STATUS } from "./channel-status";
import type { UpstreamChannel } from "./channels";
import { forgetEnabledChannels } from "./select-channel";

export async function recordChannelSuccess(channel: UpstreamChannel, responseMs: number): Promise<void> {
  await getDb().channel.update({ where: { id: channel.id }, data: { failCount: 0, responseTime: Math.round(responseMs) }, select: { id: true } });
}

export async function recordChannelFault(channel: UpstreamChannel, reason: string, immediate = false): Promise<void> {
  const db = getDb();
  const updated = await db.channel.update({ where: { id: channel.id }, data: { failCount: { increment: 1 } }, select: { failCount: true } });
  const options = await getOptions();
  if (!channel.autoBan || !optionBool(options, "AutomaticDisableChannelEnabled")) return;
  if (!immediate && updated.failCount < optionNumber(options, "ChannelFailThreshold")) return;
  await db.channel.updateMany({
    where: { id: channel.id, status: CHANNEL_STATUS.enabled },
    data: { status: CHANNEL_STATUS.autoDisabled, statusReason: `Disabled automatically at ${new Date().toISOString()}: ${reason}` },
  });
  forgetEnabledChannels();
}
