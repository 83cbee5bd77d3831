export const ROLE = { user: 1, admin: 10, root: 100 } as const;
export type RoleName = keyof typeof ROLE;
export const USER_STATUS = { enabled: 1, disabled: 2 } as const;

export function hasRole(role: number, needed: RoleName): boolean {
  return role >= ROLE[needed];
}
