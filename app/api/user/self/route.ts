// GET /api/user/self — the caller's own account
import { withApi } from "@/lib/http/api-handler";
import { userOutput } from "@/lib/users/user-select";

export const GET = withApi({ role: "user" }, async ({ user }) => userOutput(user));
