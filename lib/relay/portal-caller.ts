import type { SessionUser } from "../auth/session";
import type { RelayCaller } from "./authenticate-key";

/** Submits from the portal run as the signed-in user, on their balance and group. */
export function portalCaller(user: SessionUser): RelayCaller {
  return {
    token: null,
    user: { id: user.id, username: user.username, group: user.group, role: user.role, quota: user.quota },
    group: user.group,
    pinnedChannelId: null,
  };
}
