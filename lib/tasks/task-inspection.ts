// Everything an admin sees about one task: the task with names, the key it came through, the
// charge and refund log lines, and its notify deliveries.
import { getDb } from "../db";
import { listDeliveries } from "../notify/deliveries";
import { getPortalTask } from "./portal-tasks";

export async function inspectTask(mjId: string) {
  const task = await getPortalTask(mjId);
  if (!task) return null;
  const db = getDb();
  // Logs are found through (user, time) — indexed — from a minute before the submit on.
  const since = BigInt(Math.floor((task.submitTime ?? 0) / 1000) - 60);
  const [token, logs, deliveries] = await Promise.all([
    task.tokenId ? db.token.findUnique({ where: { id: task.tokenId }, select: { id: true, name: true } }) : null,
    db.log.findMany({ where: { userId: task.userId, createdAt: { gte: since }, mjId }, orderBy: { id: "asc" }, take: 50 }),
    listDeliveries(task.userId, { skip: 0, take: 20 }, mjId),
  ]);
  return { task, tokenName: token?.name ?? null, logs, deliveries: deliveries.items };
}
