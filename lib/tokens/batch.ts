// new-api's batch key operations, always within the caller's own keys.
import { getDb } from "../db";

export async function deleteTokens(userId: number, ids: number[]): Promise<number> {
  return (await getDb().token.deleteMany({ where: { userId, id: { in: ids } } })).count;
}

/** Full keys (without "sk-") of the caller's keys among ids: {id: key}; others are left out. */
export async function revealTokens(userId: number, ids: number[]): Promise<Record<number, string>> {
  const rows = await getDb().token.findMany({ where: { userId, id: { in: ids } }, select: { id: true, key: true } });
  return Object.fromEntries(rows.map((row) => [row.id, row.key]));
}
