import { getDb, Prisma } from "../db";
import { ROLE } from "../auth/roles";
import { createUser } from "./create-user";

// new-api gives root 100,000,000 quota (200 USD) so an operator can try the product at once.
export const ROOT_START_QUOTA = 100_000_000n;
// Claimed by one insert (primary key), so two visitors racing on /setup make one root.
const SETUP_MARKER = "SetupDone";

export async function hasAnyUser(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}

/** Creates the root user when the database has no user yet; returns whether it did. */
export async function bootstrapRoot(username: string, password: string): Promise<boolean> {
  if (await hasAnyUser()) return false;
  try {
    await getDb().$transaction(async (tx) => {
      await tx.option.create({ data: { key: SETUP_MARKER, value: new Date().toISOString() } });
      await createUser({ username, password, role: ROLE.root, quota: ROOT_START_QUOTA, displayName: "Root" }, tx);
    });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}
