// POST /api/channel/tag/disabled {tag} — disable every channel of a tag (admin); data is how many
import { withApi } from "@/lib/http/api-handler";
import { setChannelsStatus } from "@/lib/channels/batch";
import { channelTagSchema } from "@/lib/schemas/channel";

export const POST = withApi({ role: "admin", body: channelTagSchema }, async ({ body }) => setChannelsStatus({ tag: body.tag }, false));
