// GET /api/channel/search?keyword=&group=&model= — find channels (admin)
import { z } from "zod";
import { withApi } from "@/lib/http/api-handler";
import { pageOf, pageQuery, toSkipTake } from "@/lib/http/pagination";
import { channelOutput, listChannels } from "@/lib/channels/channels";

const searchQuery = pageQuery.extend({ keyword: z.string().max(100).optional(), group: z.string().max(64).optional(), model: z.string().max(64).optional() });

export const GET = withApi({ role: "admin", query: searchQuery }, async ({ query }) => {
  const { items, total } = await listChannels(toSkipTake(query), query);
  return pageOf(items.map(channelOutput), total, query);
});
