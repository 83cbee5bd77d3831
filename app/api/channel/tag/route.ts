// PUT /api/channel/tag {tag, new_tag?, priority?, weight?, models?, groups?} — change every channel of a tag (admin)
import { withApi } from "@/lib/http/api-handler";
import { editTag } from "@/lib/channels/batch";
import { channelTagEditSchema } from "@/lib/schemas/channel";

export const PUT = withApi({ role: "admin", body: channelTagEditSchema }, async ({ body }) =>
  editTag(body.tag, { newTag: body.new_tag, priority: body.priority, weight: body.weight, models: body.models, group: body.groups }),
);
