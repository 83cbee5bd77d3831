// POST /api/token/{id}/key — reveal the full key of one of the caller's API keys (without "sk-")
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { getTokenOrThrow } from "@/lib/tokens/tokens";

export const POST = withApi({ role: "user" }, async ({ user, params }) => {
  const token = await getTokenOrThrow(user.id, idParam(params));
  // Without "sk-", as new-api returns it: its front-end adds the prefix (and the relay takes both).
  return { key: token.key };
});
