// The one way to learn who is calling. Pages, layouts, handlers and actions all go
// through getSession(); the user is re-read per request so role and status are current.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./next-auth";
import { ROLE, type RoleName } from "./roles";
import { loadSessionUser } from "../users/load-active-user";
import type { PublicUser } from "../users/user-select";

export type SessionUser = PublicUser;

export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: number; epoch?: number } | null;
  return session?.uid ? loadSessionUser(session.uid, session.epoch ?? 0) : null;
});

/** For pages and layouts: signed-in user with at least `role`, else redirect. */
export async function requireUser(role: RoleName = "user"): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/login");
  if (user.role < ROLE[role]) redirect("/");
  return user;
}
