// GET /api/user/token — issue a new access token for the management API (replaces the old one)
import { withApi } from "@/lib/http/api-handler";
import { issueAccessToken } from "@/lib/auth/access-token";

export const GET = withApi({ role: "user" }, async ({ user }) => issueAccessToken(user.id));
