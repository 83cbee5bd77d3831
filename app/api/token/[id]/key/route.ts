// POST /api/token/{id}/key — reveal the full key of one of the caller's API keys
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { getTokenOrThrow } from "@/lib/tokens/tokens";

export const POST = withApi({ role: "user" }, async ({ user, params }) => {
  const token = await getTokenOrThrow(user.id, idParam(params));
  return { key: `sk-${token.key}` };
});
