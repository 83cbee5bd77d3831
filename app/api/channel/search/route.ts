// GET /api/channel/search?keyword=&group=&model= — find channels (admin), with the list's filters and type_counts
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { channelFilterFrom, channelSearchQuery } from "@/lib/schemas/channel";
import { callbackBase } from "@/lib/channels/callback";
import { channelOutput, listChannels } from "@/lib/channels/channels";

export const GET = withApi({ role: "admin", query: channelSearchQuery }, async ({ query }) => {
  const { items, total, typeCounts } = await listChannels(toSkipTake(query), channelFilterFrom(query));
  const base = await callbackBase();
  return { ...pageOf(items.map((channel) => channelOutput(channel, base)), total, query), type_counts: typeCounts };
});
