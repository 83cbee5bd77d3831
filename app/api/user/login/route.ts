// POST /api/user/login — sign in with username (or e-mail) and password; sets the session cookie
import { withApi } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";
import { signIn } from "@/lib/auth/next-auth";
import { clientIp } from "@/lib/net/client-ip";
import { checkCredentials } from "@/lib/rate-limit/login-throttle";
import { loadActiveUser } from "@/lib/users/load-active-user";
import { credentialsSchema } from "@/lib/schemas/user";

export const POST = withApi({ role: "public", body: credentialsSchema }, async ({ body, request }) => {
  const found = await checkCredentials(body.username, body.password, clientIp(request));
  if (!found) throw new ApiError("bad_request", "Wrong username or password, or the account is disabled.");
  await signIn("credentials", { username: body.username, password: body.password, redirect: false });
  const user = (await loadActiveUser(found.id))!;
  return { id: user.id, username: user.username, display_name: user.displayName, role: user.role, status: user.status, group: user.group };
});
