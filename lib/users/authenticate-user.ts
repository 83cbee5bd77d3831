import { getDb } from "../db";
import { verifyPassword } from "../auth/password";
import { USER_STATUS } from "../auth/roles";

/** The enabled user with these credentials, or null. Username or e-mail, as new-api. */
export async function authenticateUser(login: string, password: string) {
  const user = await getDb().user.findFirst({
    where: { OR: [{ username: login }, { email: login, NOT: { email: "" } }] },
    select: { id: true, username: true, passwordHash: true, status: true },
  });
  if (!user || !(await verifyPassword(password, user.passwordHash))) return null;
  if (user.status !== USER_STATUS.enabled) return null;
  return { id: user.id, username: user.username };
}
