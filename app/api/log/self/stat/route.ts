// GET /api/log/self/stat — the caller's net spend and requests per minute, new-api's {quota, rpm, tpm}
import { withApi } from "@/lib/http/api-handler";
import { logStat } from "@/lib/billing/usage-stats";
import { selfLogStatQuery } from "@/lib/schemas/usage";

export const GET = withApi({ role: "user", query: selfLogStatQuery }, async ({ user, query }) =>
  logStat({ userId: user.id, start: query.start_timestamp, end: query.end_timestamp, tokenName: query.token_name, modelName: query.model_name, group: query.group }),
);
