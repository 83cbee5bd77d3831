import { getDb } from "../db";
import { USER_STATUS } from "../auth/roles";
import { publicUserSelect, type PublicUser } from "./user-select";

/** The user, if it exists and is enabled: read fresh so role and status changes apply at once. */
export async function loadActiveUser(id: number): Promise<PublicUser | null> {
  const user = await getDb().user.findUnique({ where: { id }, select: publicUserSelect });
  return user && user.status === USER_STATUS.enabled ? user : null;
}
