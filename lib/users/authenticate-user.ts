import { getDb } from "../db";
import { hashPassword, verifyPassword } from "../auth/password";
import { USER_STATUS } from "../auth/roles";

// A hash to check unknown names against, so that "no such user" takes as long as "wrong
// password" (otherwise the answer's timing tells which user names exist).
let dummyHash: Promise<string> | undefined;
const timingDummy = () => (dummyHash ??= hashPassword("no user has this password"));

/** The enabled user with these credentials, or null. Username or e-mail, as new-api. */
export async function authenticateUser(login: string, password: string) {
  const user = await getDb().user.findFirst({
    where: { OR: [{ username: login }, { email: login, NOT: { email: "" } }] },
    select: { id: true, username: true, passwordHash: true, status: true, sessionEpoch: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await timingDummy()));
  if (!user || !matches || user.status !== USER_STATUS.enabled) return null;
  return { id: user.id, username: user.username, sessionEpoch: user.sessionEpoch };
}
