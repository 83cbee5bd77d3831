/** A channel's status, as new-api numbers it: 3 is set by auto-ban, 2 by an admin. */
export const CHANNEL_STATUS = { enabled: 1, manuallyDisabled: 2, autoDisabled: 3 } as const;
export type ChannelStatus = (typeof CHANNEL_STATUS)[keyof typeof CHANNEL_STATUS];

/** The `other.event` of the system log written each time a channel is disabled automatically. */
export const CHANNEL_AUTO_DISABLED_EVENT = "channel_auto_disabled";
