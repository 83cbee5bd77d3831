// GET/DELETE /api/token/{id} — one of the caller's API keys
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { deleteToken, getTokenOrThrow, tokenOutput } from "@/lib/tokens/tokens";

export const GET = withApi({ role: "user" }, async ({ user, params }) => tokenOutput(await getTokenOrThrow(user.id, idParam(params))));

export const DELETE = withApi({ role: "user" }, async ({ user, params }) => {
  await deleteToken(user.id, idParam(params));
  return null;
});
