// GET /api/user/logout — end the portal session
import { withApi } from "@/lib/http/api-handler";
import { signOut } from "@/lib/auth/next-auth";

// Ends the session: a cross-site <img> must not sign anyone out.
export const GET = withApi({ role: "public", changesState: true }, async () => {
  await signOut({ redirect: false });
  return null;
});
