import { ApiError } from "../http/errors";

/** new-api's model name for an action: "mj_" + lower(action), swap face aside. */
export function modelForAction(action: string): string {
  return action === "SWAP_FACE" ? "swap_face" : `mj_${action.toLowerCase()}`;
}

// customId prefixes of Midjourney's buttons → the action they run (trueai/new-api mapping).
const CUSTOM_ID_ACTIONS: [RegExp, string][] = [
  [/^MJ::JOB::upsample/, "UPSCALE"],
  [/^MJ::JOB::high_variation/, "HIGH_VARIATION"],
  [/^MJ::JOB::low_variation/, "LOW_VARIATION"],
  [/^MJ::JOB::variation/, "VARIATION"],
  [/^MJ::JOB::reroll/, "REROLL"],
  [/^MJ::JOB::pan_/, "PAN"],
  [/^MJ::JOB::animate_/, "VIDEO"],
  [/^MJ::Outpaint::/, "ZOOM"],
  [/^MJ::CustomZoom::/, "CUSTOM_ZOOM"],
  [/^MJ::Inpaint::/, "INPAINT"],
  [/^MJ::(Job::PicReader|Picread::Retry|PromptAnalyzer)/, "IMAGINE"],
];

export function actionForCustomId(customId: string): string {
  const match = CUSTOM_ID_ACTIONS.find(([pattern]) => pattern.test(customId));
  if (!match) throw new ApiError("bad_request", `Unknown action in customId "${customId}".`, 4);
  return match[1];
}

/** "<taskId> U2" → change parameters. */
export function parseSimpleChange(content: string): { taskId: string; action: "UPSCALE" | "VARIATION" | "REROLL"; index?: number } {
  const [taskId, op] = content.trim().split(/\s+/) as [string, string];
  const letter = op[0]!.toUpperCase();
  if (letter === "R") return { taskId, action: "REROLL" };
  return { taskId, action: letter === "U" ? "UPSCALE" : "VARIATION", index: Number(op.slice(1)) };
}

export const TERMINAL_STATUSES = ["SUCCESS", "FAILURE", "CANCEL"];
/** Every other status a task can be stored with (apply-upstream keeps only known ones): queries
 * name these with IN, which an index on status answers, where NOT IN would read every row. */
export const UNFINISHED_STATUSES = ["NOT_START", "SUBMITTED", "MODAL", "IN_PROGRESS"];
