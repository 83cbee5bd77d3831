// POST /api/setup — first run: the first visitor creates the root user (only while there is none)
import { withApi } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";
import { bootstrapRoot } from "@/lib/users/bootstrap-root";
import { setupSchema } from "@/lib/schemas/user";

export const POST = withApi({ role: "public", body: setupSchema }, async ({ body }) => {
  if (!(await bootstrapRoot(body.username, body.password))) throw new ApiError("forbidden", "Set-up is done already: sign in instead.");
  return { username: body.username };
});
