// GET /api/channel/search?keyword=&group=&model= — find channels (admin)
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { channelSearchQuery } from "@/lib/schemas/channel";
import { callbackBase } from "@/lib/channels/callback";
import { channelOutput, listChannels } from "@/lib/channels/channels";

export const GET = withApi({ role: "admin", query: channelSearchQuery }, async ({ query, request }) => {
  const { items, total } = await listChannels(toSkipTake(query), query);
  const base = await callbackBase(request);
  return pageOf(items.map((channel) => channelOutput(channel, base)), total, query);
});
