import "server-only";
import { hasRole, type RoleName } from "../auth/roles";
import { getSession, type SessionUser } from "../auth/session";
import type { Messages } from "../i18n/en";
import { getMessages } from "../i18n/server";

export type ActionResult<T = undefined> = { ok: true; message: string; data?: T } | { ok: false; message: string; detail?: string };

/**
 * The start of every portal server action: the signed-in user with at least `role`, and the
 * viewer's dictionary; or the refusal to answer, in the viewer's language.
 */
export async function guard(role: RoleName): Promise<{ user: SessionUser; t: Messages; refusal?: undefined } | { refusal: ActionResult<never> }> {
  const [user, t] = await Promise.all([getSession(), getMessages()]);
  if (!user) return { refusal: { ok: false, message: t.errors.signedOut } };
  if (!hasRole(user.role, role)) return { refusal: { ok: false, message: t.errors.forbidden } };
  return { user, t };
}
