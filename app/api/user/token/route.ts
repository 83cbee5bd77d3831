// GET /api/user/token — issue a new access token for the management API (replaces the old one)
import { withApi } from "@/lib/http/api-handler";
import { issueAccessToken } from "@/lib/auth/access-token";

// A GET that rotates the token: cross-site requests are refused as for a POST.
export const GET = withApi({ role: "user", changesState: true }, async ({ user }) => issueAccessToken(user.id));
