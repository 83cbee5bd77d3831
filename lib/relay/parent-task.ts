import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { optionBool, type Options } from "../options/options";

export interface ParentTask { id: number; mjId: string; channelId: number | null; status: string; prompt: string; promptEn: string; action: string }

/** The original task of a follow-up action: the caller's own, and (by default) finished. */
export async function loadParentTask(userId: number, mjId: string, route: string, options: Options): Promise<ParentTask> {
  const parent = await getDb().task.findFirst({
    where: { userId, mjId },
    select: { id: true, mjId: true, channelId: true, status: true, prompt: true, promptEn: true, action: true },
    orderBy: { id: "desc" },
  });
  if (!parent) throw new ApiError("not_found", `No task ${mjId} of yours.`, 4);
  if (route === "modal") {
    if (parent.status !== "MODAL") throw new ApiError("bad_request", `Task ${mjId} is not waiting for a modal confirmation (status ${parent.status}).`, 4);
  } else if (optionBool(options, "MjActionCheckSuccessEnabled") && parent.status !== "SUCCESS") {
    throw new ApiError("bad_request", `Task ${mjId} has status ${parent.status}; actions need a SUCCESS task.`, 4);
  }
  return parent;
}
