// The one way to learn who is calling. Pages, layouts, handlers and actions all go
// through getSession(); the user is re-read per request so role and status are current.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { auth } from "./next-auth";
import { ROLE, USER_STATUS, type RoleName } from "./roles";
import { publicUserSelect, type PublicUser } from "../users/user-select";

export type SessionUser = PublicUser;

export async function loadActiveUser(id: number): Promise<SessionUser | null> {
  const user = await getDb().user.findUnique({ where: { id }, select: publicUserSelect });
  return user && user.status === USER_STATUS.enabled ? user : null;
}

export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: number } | null;
  return session?.uid ? loadActiveUser(session.uid) : null;
});

/** For pages and layouts: signed-in user with at least `role`, else redirect. */
export async function requireUser(role: RoleName = "user"): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/login");
  if (user.role < ROLE[role]) redirect("/");
  return user;
}
