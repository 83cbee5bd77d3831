// GET /api/data/self/ — the caller's spend per hour and model, for new-api's dashboard charts
import { withApi } from "@/lib/http/api-handler";
import { quotaData } from "@/lib/billing/usage-stats";
import { selfQuotaDataQuery } from "@/lib/schemas/usage";

export const GET = withApi({ role: "user", query: selfQuotaDataQuery }, async ({ user, query }) =>
  quotaData({ userId: user.id, start: query.start_timestamp, end: query.end_timestamp }, false),
);
