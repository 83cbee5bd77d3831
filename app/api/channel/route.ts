// GET/POST/PUT /api/channel/ — channels (admin): list (new-api's filters and type_counts), create, update
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { channelCreateSchema, channelFilterFrom, channelInputFrom, channelListQuery, channelUpdateSchema } from "@/lib/schemas/channel";
import { callbackBase } from "@/lib/channels/callback";
import { channelOutput, createChannel, listChannels, updateChannel } from "@/lib/channels/channels";

export const GET = withApi({ role: "admin", query: channelListQuery }, async ({ query }) => {
  const { items, total, typeCounts } = await listChannels(toSkipTake(query), channelFilterFrom(query));
  const base = await callbackBase();
  return { ...pageOf(items.map((channel) => channelOutput(channel, base)), total, query), type_counts: typeCounts };
});

export const POST = withApi({ role: "admin", body: channelCreateSchema }, async ({ body }) => {
  const input = channelInputFrom(body);
  return channelOutput(await createChannel({ ...input, name: body.name, baseUrl: body.base_url }), await callbackBase());
});

export const PUT = withApi({ role: "admin", body: channelUpdateSchema }, async ({ body }) =>
  channelOutput(await updateChannel(body.id, channelInputFrom(body)), await callbackBase()),
);
