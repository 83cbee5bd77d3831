import { ApiError } from "../http/errors";
import { ROLE } from "../auth/roles";

interface Actor { id: number; role: number }

/** new-api's rule: an admin acts only on users of a lower role (root on everyone else). */
export function assertCanManage(actor: Actor, target: { id: number; role: number }): void {
  if (actor.id === target.id) throw new ApiError("forbidden", "Use your own account settings to change yourself.");
  if (target.role >= actor.role) throw new ApiError("forbidden", "You cannot manage a user whose role is equal to or higher than yours.");
}

export function assertCanGrantRole(actor: Actor, role: number): void {
  if (role >= actor.role) throw new ApiError("forbidden", "You can only give roles lower than your own.");
  if (role !== ROLE.user && actor.role < ROLE.root) throw new ApiError("forbidden", "Only root can make admins.");
}
