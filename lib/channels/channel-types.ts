import { MJ_MODELS } from "../options/defaults";

/**
 * The models each channel type serves. midjourney-proxy (2) has the original actions;
 * its Plus/trueai variant (5) adds buttons, video, edits and face swap. (new-api's front-end
 * presets say mj_uploads, but the model is mj_upload.)
 */
export const CHANNEL_TYPE_MODELS: Record<number, string[]> = {
  2: ["mj_imagine", "mj_variation", "mj_reroll", "mj_blend", "mj_upscale", "mj_describe", "mj_upload"],
  5: MJ_MODELS,
};
