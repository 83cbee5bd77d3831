// GET/POST/PUT /api/channel/ — channels (admin): list, create, update
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { channelCreateSchema, channelInputFrom, channelListQuery, channelUpdateSchema } from "@/lib/schemas/channel";
import { callbackBase } from "@/lib/channels/callback";
import { channelOutput, createChannel, listChannels, updateChannel } from "@/lib/channels/channels";

export const GET = withApi({ role: "admin", query: channelListQuery }, async ({ query, request }) => {
  const { items, total } = await listChannels(toSkipTake(query));
  const base = await callbackBase(request);
  return pageOf(items.map((channel) => channelOutput(channel, base)), total, query);
});

export const POST = withApi({ role: "admin", body: channelCreateSchema }, async ({ body, request }) => {
  const input = channelInputFrom(body);
  return channelOutput(await createChannel({ ...input, name: body.name, baseUrl: body.base_url }), await callbackBase(request));
});

export const PUT = withApi({ role: "admin", body: channelUpdateSchema }, async ({ body, request }) =>
  channelOutput(await updateChannel(body.id, channelInputFrom(body)), await callbackBase(request)),
);
