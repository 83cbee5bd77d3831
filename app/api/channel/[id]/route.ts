// GET/DELETE /api/channel/{id} — one channel (admin); its key is never returned
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { callbackBase } from "@/lib/channels/callback";
import { channelOutput, deleteChannel, getChannelOrThrow } from "@/lib/channels/channels";

export const GET = withApi({ role: "admin" }, async ({ params }) =>
  channelOutput(await getChannelOrThrow(idParam(params)), await callbackBase()),
);

export const DELETE = withApi({ role: "admin" }, async ({ params }) => {
  await deleteChannel(idParam(params));
  return null;
});
