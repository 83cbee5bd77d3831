import type { channelOutput } from "@/lib/channels/channels";

export type Channel = ReturnType<typeof channelOutput>;
export type ChannelType = { value: number; name: string };

/** The update body for a channel. PUT fills omitted fields with the create defaults, so every field is sent. */
export function channelBody(channel: Channel, changes: Partial<Record<string, unknown>> = {}) {
  return {
    id: channel.id, type: channel.type, name: channel.name, base_url: channel.base_url, key: "", group: channel.group,
    models: channel.models, priority: channel.priority, weight: channel.weight, auto_ban: channel.auto_ban, tag: channel.tag,
    status: channel.status, ...changes,
  };
}
