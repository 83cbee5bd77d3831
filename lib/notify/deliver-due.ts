import { deliverNotify, dueDeliveries } from "./deliver";

/** Sends every notify delivery that is due; returns how many were attempted. */
export async function deliverDueNotifications(): Promise<number> {
  const due = await dueDeliveries();
  await Promise.all(due.map((id) => deliverNotify(id)));
  return due.length;
}
