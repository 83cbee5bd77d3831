// GET /api/log/ — every quota log (admin), with new-api's filters
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { listLogs, logOutput } from "@/lib/billing/list-logs";
import { adminLogQuery } from "@/lib/schemas/log";

export const GET = withApi({ role: "admin", query: adminLogQuery }, async ({ query }) => {
  const { items, total } = await listLogs(
    { type: query.type, startTimestamp: query.start_timestamp, endTimestamp: query.end_timestamp, username: query.username, tokenName: query.token_name, modelName: query.model_name, channelId: query.channel, group: query.group },
    toSkipTake(query),
  );
  return pageOf(items.map((log) => logOutput(log, true)), total, query);
});
