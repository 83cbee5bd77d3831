// GET/PUT /api/user/self — the caller's own account: read, change display name or password
import { withApi } from "@/lib/http/api-handler";
import { selfUpdateSchema } from "@/lib/schemas/user";
import { updateSelf } from "@/lib/users/update-self";
import { userOutput } from "@/lib/users/user-select";

export const GET = withApi({ role: "user" }, async ({ user }) => userOutput(user));

export const PUT = withApi({ role: "user", body: selfUpdateSchema }, async ({ user, body }) =>
  userOutput(await updateSelf(user.id, { displayName: body.display_name, password: body.password, originalPassword: body.original_password })),
);
