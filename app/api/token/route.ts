// GET/POST/PUT /api/token/ — the caller's API keys: list, create, update (?status_only=true)
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { tokenCreateSchema, tokenInputFrom, tokenListQuery, tokenUpdateQuery, tokenUpdateSchema } from "@/lib/schemas/token";
import { createToken, listTokens, tokenOutput, updateToken } from "@/lib/tokens/tokens";

export const GET = withApi({ role: "user", query: tokenListQuery }, async ({ user, query }) => {
  const { items, total } = await listTokens(user.id, toSkipTake(query));
  return pageOf(items.map(tokenOutput), total, query);
});

export const POST = withApi({ role: "user", body: tokenCreateSchema }, async ({ user, body }) =>
  tokenOutput(await createToken(user.id, tokenInputFrom(body))),
);

export const PUT = withApi(
  { role: "user", body: tokenUpdateSchema, query: tokenUpdateQuery },
  async ({ user, body, query }) => {
    const input = query.status_only === "true" ? { status: body.status } : { ...tokenInputFrom(body), status: body.status };
    return tokenOutput(await updateToken(user.id, body.id, input));
  },
);
