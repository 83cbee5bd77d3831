// POST /api/channel/batch {ids} — delete these channels (admin); data is how many
import { withApi } from "@/lib/http/api-handler";
import { deleteChannels } from "@/lib/channels/batch";
import { channelIdsSchema } from "@/lib/schemas/channel";

export const POST = withApi({ role: "admin", body: channelIdsSchema }, async ({ body }) => deleteChannels(body.ids));
