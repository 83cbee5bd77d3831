// GET /api/token/search?keyword= — the caller's API keys whose name contains keyword
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { tokenSearchQuery } from "@/lib/schemas/token";
import { listTokens, tokenOutput } from "@/lib/tokens/tokens";

export const GET = withApi({ role: "user", query: tokenSearchQuery }, async ({ user, query }) => {
  const { items, total } = await listTokens(user.id, toSkipTake(query), query.keyword);
  return pageOf(items.map(tokenOutput), total, query);
});
