// GET /api/data/ — spend per hour and model, per user (admin; ?username= narrows), for new-api's dashboard charts
import { withApi } from "@/lib/http/api-handler";
import { quotaData } from "@/lib/billing/usage-stats";
import { quotaDataQuery } from "@/lib/schemas/usage";

export const GET = withApi({ role: "admin", query: quotaDataQuery }, async ({ query }) =>
  quotaData({ username: query.username, start: query.start_timestamp, end: query.end_timestamp }, true),
);
