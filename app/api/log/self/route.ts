// GET /api/log/self — the caller's own charges, refunds and top-ups
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { listLogs, logOutput } from "@/lib/billing/list-logs";
import { selfLogQuery } from "@/lib/schemas/log";

export const GET = withApi({ role: "user", query: selfLogQuery }, async ({ user, query }) => {
  const { items, total } = await listLogs(
    { userId: user.id, type: query.type, startTimestamp: query.start_timestamp, endTimestamp: query.end_timestamp, tokenName: query.token_name, modelName: query.model_name, group: query.group },
    toSkipTake(query),
  );
  return pageOf(items.map((log) => logOutput(log, false)), total, query);
});
