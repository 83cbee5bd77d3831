// GET /api/user/logout — end the portal session (and every other session of the user)
import { hasSessionCookie, withApi } from "@/lib/http/api-handler";
import { signOut } from "@/lib/auth/next-auth";
import { endSessions } from "@/lib/users/end-sessions";

// Ends the session: a cross-site <img> must not sign anyone out.
export const GET = withApi({ role: "public", changesState: true }, async ({ user, request }) => {
  // Clearing the cookie is not enough: a copy of it would stay valid for 30 days.
  if (user) await endSessions(user.id);
  if (hasSessionCookie(request)) await signOut({ redirect: false });
  return null;
});
