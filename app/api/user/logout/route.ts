// GET /api/user/logout — end the portal session
import { withApi } from "@/lib/http/api-handler";
import { signOut } from "@/lib/auth/next-auth";

export const GET = withApi({ role: "public" }, async () => {
  await signOut({ redirect: false });
  return null;
});
