// Ending portal sessions. Sessions are signed cookies that live 30 days; each carries the
// user's session epoch from sign-in, and lib/auth/session.ts refuses it once the epoch moved.
import { getDb } from "../db";

/** Prisma `data` that ends every portal session of the user, merged into the update that causes it. */
export const END_SESSIONS = { sessionEpoch: { increment: 1 } } as const;

export async function endSessions(userId: number): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: END_SESSIONS, select: { id: true } });
}
