// The user fields any caller may see: never the password hash, access token or webhook secret.
export const publicUserSelect = {
  id: true, username: true, displayName: true, email: true, role: true, status: true,
  group: true, quota: true, usedQuota: true, requestCount: true, createdAt: true,
} as const;

export interface PublicUser {
  id: number; username: string; displayName: string; email: string; role: number; status: number;
  group: string; quota: bigint; usedQuota: bigint; requestCount: number; createdAt: Date;
}

/** new-api's snake_case user object. */
export function userOutput(user: PublicUser) {
  return {
    id: user.id, username: user.username, display_name: user.displayName, email: user.email,
    role: user.role, status: user.status, group: user.group, quota: Number(user.quota),
    used_quota: Number(user.usedQuota), request_count: user.requestCount,
  };
}
