// POST /api/token/batch/keys {ids} — the full keys (without "sk-") of some of the caller's API keys: {keys: {id: key}}
import { withApi } from "@/lib/http/api-handler";
import { tokenIdsSchema } from "@/lib/schemas/token";
import { revealTokens } from "@/lib/tokens/batch";

export const POST = withApi({ role: "user", body: tokenIdsSchema }, async ({ user, body }) => ({ keys: await revealTokens(user.id, body.ids) }));
