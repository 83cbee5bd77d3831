// POST /api/user/register — self-registration, while the RegisterEnabled switch is on
import { withApi } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";
import { getOptions, optionBool } from "@/lib/options/options";
import { setupSchema } from "@/lib/schemas/user";
import { createUser } from "@/lib/users/create-user";
import { hasAnyUser } from "@/lib/users/bootstrap-root";
import { userOutput } from "@/lib/users/user-select";

export const POST = withApi({ role: "public", body: setupSchema }, async ({ body }) => {
  if (!(await hasAnyUser())) throw new ApiError("forbidden", "Set up the administrator first, at /setup.");
  if (!optionBool(await getOptions(), "RegisterEnabled")) throw new ApiError("forbidden", "Self-registration is turned off; ask an administrator for an account.");
  return userOutput(await createUser({ username: body.username, password: body.password }));
});
