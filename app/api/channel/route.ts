// GET/POST/PUT /api/channel/ — channels (admin): list, create, update
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { channelCreateSchema, channelInputFrom, channelListQuery, channelUpdateSchema } from "@/lib/schemas/channel";
import { channelOutput, createChannel, listChannels, updateChannel } from "@/lib/channels/channels";

export const GET = withApi({ role: "admin", query: channelListQuery }, async ({ query }) => {
  const { items, total } = await listChannels(toSkipTake(query));
  return pageOf(items.map(channelOutput), total, query);
});

export const POST = withApi({ role: "admin", body: channelCreateSchema }, async ({ body }) => {
  const input = channelInputFrom(body);
  return channelOutput(await createChannel({ ...input, name: body.name, baseUrl: body.base_url }));
});

export const PUT = withApi({ role: "admin", body: channelUpdateSchema }, async ({ body }) =>
  channelOutput(await updateChannel(body.id, channelInputFrom(body))),
);
