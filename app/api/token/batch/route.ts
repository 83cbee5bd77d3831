// POST /api/token/batch {ids} — delete some of the caller's API keys; data is how many
import { withApi } from "@/lib/http/api-handler";
import { tokenIdsSchema } from "@/lib/schemas/token";
import { deleteTokens } from "@/lib/tokens/batch";

export const POST = withApi({ role: "user", body: tokenIdsSchema }, async ({ user, body }) => deleteTokens(user.id, body.ids));
