import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { optionBool, type Options } from "../options/options";
import { TASK_STATUS } from "../tasks/status";

export interface ParentTask {
  id: number; mjId: string; channelId: number | null; status: string; prompt: string; promptEn: string; action: string; mode: string; quota: bigint;
}

/**
 * The task a follow-up acts on: the caller's own, and (by default) finished; a modal
 * confirms a task that waits in MODAL.
 */
export async function loadParentTask(userId: number, mjId: string, confirmsModal: boolean, options: Options): Promise<ParentTask> {
  const parent = await getDb().task.findFirst({
    where: { userId, mjId },
    select: { id: true, mjId: true, channelId: true, status: true, prompt: true, promptEn: true, action: true, mode: true, quota: true },
    orderBy: { id: "desc" },
  });
  if (!parent) throw new ApiError("not_found", `No task ${mjId} of yours.`, 4);
  if (confirmsModal) {
    if (parent.status !== TASK_STATUS.modal) throw new ApiError("bad_request", `Task ${mjId} is not waiting for a modal confirmation (status ${parent.status}).`, 4);
  } else if (optionBool(options, "MjActionCheckSuccessEnabled") && parent.status !== TASK_STATUS.success) {
    throw new ApiError("bad_request", `Task ${mjId} has status ${parent.status}; actions need a SUCCESS task.`, 4);
  }
  return parent;
}
