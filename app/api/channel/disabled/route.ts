// DELETE /api/channel/disabled — delete every disabled channel (admin); data is how many
import { withApi } from "@/lib/http/api-handler";
import { deleteDisabledChannels } from "@/lib/channels/batch";

export const DELETE = withApi({ role: "admin" }, async () => deleteDisabledChannels());
