// The user fields any caller may see: never the password hash, access token or webhook secret.
import type { UserOutput } from "../schemas/user";
export const publicUserSelect = {
  id: true, username: true, displayName: true, email: true, role: true, status: true,
  group: true, quota: true, usedQuota: true, requestCount: true, createdAt: true, githubId: true,
} as const;

export interface PublicUser {
  id: number; username: string; displayName: string; email: string; role: number; status: number;
  group: string; quota: bigint; usedQuota: bigint; requestCount: number; createdAt: Date; githubId: string | null;
}

/**
 * new-api's snake_case user object. Its front-end also reads the fields we have no use for:
 * DeletedAt must be null (else the user shows as deleted), account bindings "" when unbound.
 */
export function userOutput(user: PublicUser): UserOutput {
  return {
    id: user.id, username: user.username, display_name: user.displayName, email: user.email,
    role: user.role, status: user.status, group: user.group, quota: Number(user.quota),
    used_quota: Number(user.usedQuota), request_count: user.requestCount,
    github_id: user.githubId ?? "", wechat_id: "", oidc_id: "", telegram_id: "", linux_do_id: "", discord_id: "",
    aff_code: "", aff_count: 0, aff_quota: 0, aff_history_quota: 0, inviter_id: 0, remark: "", setting: "",
    created_at: Math.floor(user.createdAt.getTime() / 1000), DeletedAt: null,
  };
}
