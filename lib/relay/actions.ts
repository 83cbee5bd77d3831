// Which action (and so which price) a submit runs. new-api's model name for an action is
// "mj_" + lower(action), swap face aside; prices are looked up by that name.

export function modelForAction(action: string): string {
  return action === "SWAP_FACE" ? "swap_face" : `mj_${action.toLowerCase()}`;
}

// Button customIds, in every form midjourney-proxy and its Plus/trueai variants emit, → the
// action they run. More specific forms first (upsample_v6_2x_subtle before upsample).
const CUSTOM_ID_ACTIONS: [RegExp, string][] = [
  [/^MJ::JOB::upsample_/i, "UPSCALE"],
  [/^MJ::JOB::upsample::/i, "UPSCALE"],
  [/^MJ::JOB::high_variation::/i, "HIGH_VARIATION"],
  [/^MJ::JOB::low_variation::/i, "LOW_VARIATION"],
  [/^MJ::JOB::variation::/i, "VARIATION"],
  [/^MJ::JOB::reroll::/i, "REROLL"],
  [/^MJ::JOB::pan_/i, "PAN"],
  [/^MJ::JOB::animate_/i, "VIDEO"],
  [/^MJ::Outpaint::/i, "ZOOM"],
  [/^MJ::CustomZoom::/i, "CUSTOM_ZOOM"],
  [/^MJ::Inpaint::/i, "INPAINT"],
  // Describe → imagine with one of the described prompts, and shorten → imagine.
  [/^MJ::Job::PicReader::/i, "IMAGINE"],
  [/^MJ::Job::PromptAnalyzer::/i, "IMAGINE"],
  [/^MJ::Picread::Retry/i, "DESCRIBE"],
  [/^MJ::BOOKMARK::/i, "BOOKMARK"],
];

/**
 * The action a button runs. A form we do not know yet is relayed as an IMAGINE (and priced
 * so) rather than refused: upstreams add buttons faster than gateways learn them.
 */
export function actionForCustomId(customId: string): string {
  return CUSTOM_ID_ACTIONS.find(([pattern]) => pattern.test(customId))?.[1] ?? "IMAGINE";
}

/** "<taskId> U2" → change parameters. */
export function parseSimpleChange(content: string): { taskId: string; action: "UPSCALE" | "VARIATION" | "REROLL"; index?: number } {
  const [taskId, op] = content.trim().split(/\s+/) as [string, string];
  const letter = op[0]!.toUpperCase();
  if (letter === "R") return { taskId, action: "REROLL" };
  return { taskId, action: letter === "U" ? "UPSCALE" : "VARIATION", index: Number(op.slice(1)) };
}
