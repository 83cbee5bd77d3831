import { getDb } from "../db";
import { USER_STATUS } from "../auth/roles";
import { publicUserSelect, type PublicUser } from "./user-select";

/** The user, if it exists and is enabled: read fresh so role and status changes apply at once. */
export async function loadActiveUser(id: number): Promise<PublicUser | null> {
  const user = await getDb().user.findUnique({ where: { id }, select: publicUserSelect });
  return user && user.status === USER_STATUS.enabled ? user : null;
}

/**
 * The user of a portal session that began in `epoch`: null once the user's epoch moved on
 * (logout, password change, disable, role change) — the session is over, whatever its cookie says.
 */
export async function loadSessionUser(id: number, epoch: number): Promise<PublicUser | null> {
  const found = await getDb().user.findUnique({ where: { id }, select: { ...publicUserSelect, sessionEpoch: true } });
  if (!found || found.status !== USER_STATUS.enabled || found.sessionEpoch !== epoch) return null;
  const { sessionEpoch: _epoch, ...user } = found;
  return user;
}
