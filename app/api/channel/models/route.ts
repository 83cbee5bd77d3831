// GET /api/channel/models — every model a channel can serve, as new-api lists them: [{id, object, created, owned_by}]
import { withApi } from "@/lib/http/api-handler";
import { MJ_MODELS } from "@/lib/options/defaults";

export const GET = withApi({ role: "admin" }, async () =>
  MJ_MODELS.map((id) => ({ id, object: "model", created: 1626777600, owned_by: "midjourney" })),
);
