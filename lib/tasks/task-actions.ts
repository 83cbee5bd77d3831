/** Every action a task may carry (midjourney-proxy's names plus the newer kinds), for the portal's filters and labels. */
export const TASK_ACTIONS = [
  "IMAGINE", "UPSCALE", "VARIATION", "HIGH_VARIATION", "LOW_VARIATION", "REROLL", "ZOOM", "CUSTOM_ZOOM", "PAN", "INPAINT",
  "MODAL", "DESCRIBE", "BLEND", "SHORTEN", "VIDEO", "EDITS", "SWAP_FACE", "UPLOAD",
] as const;
