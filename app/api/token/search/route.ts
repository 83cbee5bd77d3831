// GET /api/token/search?keyword= — the caller's API keys whose name contains keyword
import { withApi } from "@/lib/http/api-handler";
import { pageOf, pageQuery, toSkipTake } from "@/lib/http/pagination";
import { listTokens, tokenOutput } from "@/lib/tokens/tokens";
import { z } from "zod";

export const GET = withApi({ role: "user", query: pageQuery.extend({ keyword: z.string().max(100).default("") }) }, async ({ user, query }) => {
  const { items, total } = await listTokens(user.id, toSkipTake(query), query.keyword);
  return pageOf(items.map(tokenOutput), total, query);
});
