import { getDb } from "../db";
import { ROLE } from "../auth/roles";
import { createUser } from "./create-user";

// new-api gives root 100,000,000 quota (200 USD) so an operator can try the product at once.
export const ROOT_START_QUOTA = 100_000_000n;

export async function hasAnyUser(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}

/** Creates the root user when the database has no user yet; returns whether it did. */
export async function bootstrapRoot(username: string, password: string): Promise<boolean> {
  if (await hasAnyUser()) return false;
  await createUser({ username, password, role: ROLE.root, quota: ROOT_START_QUOTA, displayName: "Root" });
  return true;
}
