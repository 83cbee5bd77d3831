import { getDb, Prisma } from "../db";
import { emitEvent } from "../jobs/events";
import { getOptions } from "../options/options";
import { publicBaseUrl } from "../tasks/image-link";
import { relayTaskView, taskViewSelect } from "../tasks/task-view";
import { nowMs } from "../time";

/** The event id of a task's n-th stored change: stable, so receivers can de-duplicate. */
export const notifyEventId = (taskId: number, version: number) => `task-${taskId}-v${version}`;

/** Queues a notify-hook delivery of the task as it is now (at `version`). Idempotent. */
export async function enqueueNotify(taskId: number, version: number): Promise<void> {
  const db = getDb();
  const task = await db.task.findUnique({ where: { id: taskId }, select: { ...taskViewSelect, notifyHook: true } });
  if (!task?.notifyHook) return;
  const options = await getOptions();
  const payload = JSON.stringify(relayTaskView(task, options, publicBaseUrl(options)));
  const now = BigInt(nowMs());
  try {
    const delivery = await db.notifyDelivery.create({
      data: { eventId: notifyEventId(taskId, version), taskId, userId: task.userId, url: task.notifyHook, payload, nextAttemptAt: now, createdAt: now },
      select: { id: true },
    });
    await emitEvent("notify/queued", { deliveryId: delivery.id });
  } catch (error) {
    // Already queued by a concurrent writer of the same version: nothing to do.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
