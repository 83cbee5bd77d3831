// GET /api/models — models per channel type, new-api's {type: [model]} that fills its channel form's model list
import { withApi } from "@/lib/http/api-handler";
import { CHANNEL_TYPE_MODELS } from "@/lib/channels/channel-types";

export const GET = withApi({ role: "admin" }, async () => CHANNEL_TYPE_MODELS);
