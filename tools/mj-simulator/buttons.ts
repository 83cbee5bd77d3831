import { numberEmoji, numberedLine } from "./prompt-rules.js";
import type { SimButton, SimTask, TaskAction } from "./types.js";

function button(customId: string, emoji: string, label: string): SimButton {
  return { customId, emoji, label, type: 2, style: 2 };
}

/** Actions whose result is a 4-image grid. */
export const GRID_ACTIONS: ReadonlySet<TaskAction> = new Set(["IMAGINE", "VARIATION", "REROLL", "BLEND", "ZOOM", "PAN", "EDIT"]);

/** Actions `/submit/change` accepts as a parent (orig; ZOOM and PAN did not exist there). */
export const CHANGEABLE_ACTIONS: ReadonlySet<TaskAction> = new Set(["IMAGINE", "VARIATION", "REROLL", "BLEND"]);

export function gridButtons(hash: string): SimButton[] {
  const upscales = [1, 2, 3, 4].map((n) => button(`MJ::JOB::upsample::${n}::${hash}`, "", `U${n}`));
  const variations = [1, 2, 3, 4].map((n) => button(`MJ::JOB::variation::${n}::${hash}`, "", `V${n}`));
  return [...upscales, button(`MJ::JOB::reroll::0::${hash}::SOLO`, "🔄", ""), ...variations];
}

/** A single image (V6/V7 upscale): redo-upscale, vary, zoom, pan, animate and favourite. */
export function upscaleButtons(hash: string): SimButton[] {
  return [
    button(`MJ::JOB::upsample_v6_2x_subtle::1::${hash}::SOLO`, "", "Upscale (Subtle)"),
    button(`MJ::JOB::upsample_v6_2x_creative::1::${hash}::SOLO`, "", "Upscale (Creative)"),
    button(`MJ::JOB::high_variation::1::${hash}::SOLO`, "🪄", "Vary (Strong)"),
    button(`MJ::JOB::low_variation::1::${hash}::SOLO`, "🪄", "Vary (Subtle)"),
    button(`MJ::Inpaint::1::${hash}::SOLO`, "🖌️", "Vary (Region)"),
    button(`MJ::Outpaint::50::1::${hash}::SOLO`, "🔍", "Zoom Out 2x"),
    button(`MJ::Outpaint::75::1::${hash}::SOLO`, "🔍", "Zoom Out 1.5x"),
    button(`MJ::CustomZoom::${hash}`, "🔍", "Custom Zoom"),
    button(`MJ::JOB::pan_left::1::${hash}::SOLO`, "⬅️", ""),
    button(`MJ::JOB::pan_right::1::${hash}::SOLO`, "➡️", ""),
    button(`MJ::JOB::pan_up::1::${hash}::SOLO`, "⬆️", ""),
    button(`MJ::JOB::pan_down::1::${hash}::SOLO`, "⬇️", ""),
    button(`MJ::JOB::animate_high::1::${hash}::SOLO`, "🎞️", "Animate (High motion)"),
    button(`MJ::JOB::animate_low::1::${hash}::SOLO`, "🎞️", "Animate (Low motion)"),
    button(`MJ::BOOKMARK::${hash}`, "❤️", ""),
  ];
}

export function describeButtons(): SimButton[] {
  const picks = [1, 2, 3, 4].map((n) => button(`MJ::Job::PicReader::${n}`, numberEmoji(n), ""));
  return [...picks, button("MJ::Picread::Retry", "🔄", "")];
}

export function shortenButtons(count: number): SimButton[] {
  return Array.from({ length: count }, (_, i) => button(`MJ::Job::PromptAnalyzer::${i + 1}`, numberEmoji(i + 1), ""));
}

export function buttonsFor(action: TaskAction, hash: string, shortenCount: number): SimButton[] {
  if (GRID_ACTIONS.has(action)) return gridButtons(hash);
  if (action === "UPSCALE" || action === "UPSCALE_HD") return upscaleButtons(hash);
  if (action === "DESCRIBE") return describeButtons();
  if (action === "SHORTEN") return shortenButtons(shortenCount);
  return [];
}

export type ModalKind = "zoom" | "inpaint" | "prompt";

export interface ResolvedAction {
  action: TaskAction;
  /** Used in the description, "/up <taskId> <label>". */
  label: string;
  modal?: ModalKind;
  /** For modal actions: the prompt the confirm window is pre-filled with. */
  finalPrompt?: string;
  /** For Animate: the motion it asks for. */
  motion?: "high" | "low";
}

/** Favourite (❤️): trueai presses it on Discord and answers at once, with no task of its own. */
export const isBookmark = (customId: string): boolean => customId.startsWith("MJ::BOOKMARK::");

function parentFinalPrompt(parent: SimTask): string {
  const final = parent.properties["finalPrompt"];
  return typeof final === "string" && final ? final : (parent.promptEn ?? parent.prompt ?? "");
}

function withZoomParams(prompt: string): string {
  let result = prompt;
  if (!/--ar\s/.test(result)) result += " --ar 1:1";
  if (!/--zoom\s/.test(result)) result += " --zoom 2";
  return result.trim();
}

/** customId prefix → action, as trueai maps them. */
export function resolveCustomId(customId: string, parent: SimTask): ResolvedAction | null {
  const upsample = /^MJ::JOB::upsample::(\d)::/.exec(customId);
  if (upsample) return { action: "UPSCALE", label: `U${upsample[1]}` };
  // upsample_v6_2x_subtle / _creative, and older forms such as upsample_v5_2x
  const upscaleHd = /^MJ::JOB::upsample_(\w+?)::\d::/.exec(customId)?.[1];
  if (upscaleHd) {
    const kind = upscaleHd.endsWith("creative") ? "Creative" : upscaleHd.endsWith("subtle") ? "Subtle" : "2x";
    return { action: "UPSCALE_HD", label: `Upscale (${kind})` };
  }
  const animate = /^MJ::JOB::animate_(high|low)::\d::/.exec(customId);
  if (animate?.[1] === "high" || animate?.[1] === "low") {
    return { action: "VIDEO", label: `Animate (${animate[1] === "high" ? "High" : "Low"} motion)`, motion: animate[1] };
  }
  if (customId === "MJ::Picread::Retry") return { action: "DESCRIBE", label: "Retry" };
  const variation = /^MJ::JOB::(low_|high_)?variation::(\d)::/.exec(customId);
  if (variation) {
    const kind = variation[1];
    const label = kind === "high_" ? "Vary (Strong)" : kind === "low_" ? "Vary (Subtle)" : `V${variation[2]}`;
    return { action: "VARIATION", label };
  }
  if (customId.startsWith("MJ::JOB::reroll::")) {
    return { action: parent.action === "UPSCALE" ? "IMAGINE" : parent.action, label: "R" };
  }
  if (customId.startsWith("MJ::Outpaint::")) return { action: "ZOOM", label: "Zoom Out" };
  if (customId.startsWith("MJ::CustomZoom::")) {
    return { action: "ZOOM", label: "Custom Zoom", modal: "zoom", finalPrompt: withZoomParams(parentFinalPrompt(parent)) };
  }
  if (customId.startsWith("MJ::Inpaint::")) {
    return { action: "VARIATION", label: "Vary (Region)", modal: "inpaint", finalPrompt: parentFinalPrompt(parent) };
  }
  const pan = /^MJ::JOB::(pan_\w+?)::/.exec(customId);
  if (pan?.[1]) return { action: "PAN", label: pan[1] };
  const pick = /^MJ::Job::(PicReader|PromptAnalyzer)::(\d)/.exec(customId);
  if (pick) {
    const line = numberedLine(parent.properties["finalPrompt"], Number(pick[2]));
    return line ? { action: "IMAGINE", label: pick[1] ?? "", modal: "prompt", finalPrompt: line } : null;
  }
  return null;
}
