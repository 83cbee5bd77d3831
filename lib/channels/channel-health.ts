// Automatic disabling (auto_ban): code 3 ("no available account") disables at once;
// other upstream faults count up to ChannelFailThreshold consecutive ones.
import { LOG_TYPE } from "../billing/units";
import { writeLog } from "../billing/log";
import { getDb } from "../db";
import { getOptions, optionBool, optionNumber } from "../options/options";
import { CHANNEL_AUTO_DISABLED_EVENT, CHANNEL_STATUS } from "./channel-status";
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
  const disabled = await db.channel.updateMany({
    where: { id: channel.id, status: CHANNEL_STATUS.enabled },
    data: { status: CHANNEL_STATUS.autoDisabled, statusReason: `Disabled automatically at ${new Date().toISOString()}: ${reason}` },
  });
  forgetEnabledChannels();
  // The channel row keeps only the last reason; the system log keeps each time, for the
  // admin dashboard's count of auto-disables over a range.
  if (disabled.count === 1) {
    await writeLog(db, { userId: 0, type: LOG_TYPE.system, quota: 0n, channelId: channel.id, content: `Channel ${channel.name} (#${channel.id}) was disabled automatically: ${reason}`, other: { event: CHANNEL_AUTO_DISABLED_EVENT, reason } });
  }
}
