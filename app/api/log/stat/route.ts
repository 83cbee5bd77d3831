// GET /api/log/stat — net spend and requests per minute over everyone's logs (admin), new-api's {quota, rpm, tpm}
import { withApi } from "@/lib/http/api-handler";
import { logStat } from "@/lib/billing/usage-stats";
import { logStatQuery } from "@/lib/schemas/usage";

export const GET = withApi({ role: "admin", query: logStatQuery }, async ({ query }) =>
  logStat({ username: query.username, start: query.start_timestamp, end: query.end_timestamp, tokenName: query.token_name, modelName: query.model_name, channelId: query.channel, group: query.group }),
);
