// POST /api/channel/batch/tag {ids, tag} — give these channels a tag (admin); data is how many
import { withApi } from "@/lib/http/api-handler";
import { tagChannels } from "@/lib/channels/batch";
import { channelBatchTagSchema } from "@/lib/schemas/channel";

export const POST = withApi({ role: "admin", body: channelBatchTagSchema }, async ({ body }) => tagChannels(body.ids, body.tag));
