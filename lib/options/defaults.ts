// Default settings, by new-api's option keys where new-api has one. Values are stored as
// strings in the options table; maps as JSON, switches as "true"/"false".

/** USD per call for each Midjourney model (new-api's defaults, SPEC §2). */
export const DEFAULT_MODEL_PRICES: Record<string, number> = {
  mj_video: 0.8,
  mj_imagine: 0.1, mj_edits: 0.1, mj_variation: 0.1, mj_reroll: 0.1, mj_blend: 0.1, mj_modal: 0.1,
  mj_zoom: 0.1, mj_pan: 0.1, mj_shorten: 0.1, mj_high_variation: 0.1, mj_low_variation: 0.1,
  mj_upscale: 0.05, mj_describe: 0.05, mj_upload: 0.05, swap_face: 0.05,
  mj_inpaint: 0, mj_custom_zoom: 0,
  // Bookmarking a result runs no job (our addition; new-api refuses the button).
  mj_bookmark: 0,
};

export const MJ_MODELS = Object.keys(DEFAULT_MODEL_PRICES);

export const OPTION_DEFAULTS = {
  // Shown by new-api's front-end (and our portal) as the site's name.
  SystemName: "MJ Gateway",
  GroupRatio: JSON.stringify({ default: 1, vip: 1, svip: 1 }),
  // Groups any user may pick for an API key, with their description (new-api's UserUsableGroups).
  UserUsableGroups: JSON.stringify({ default: "Default group" }),
  ModelPrice: JSON.stringify(DEFAULT_MODEL_PRICES),
  // Our addition (new-api #370): price fast/relax/turbo differently.
  ModeMultiplier: JSON.stringify({ fast: 1, relax: 1, turbo: 1 }),
  RegisterEnabled: "true",
  MjNotifyEnabled: "true",
  MjForwardUrlEnabled: "true",
  MjModeClearEnabled: "false",
  MjActionCheckSuccessEnabled: "true",
  MjAccountFilterEnabled: "false",
  AutomaticDisableChannelEnabled: "true",
  ChannelFailThreshold: "3",
  RetryTimes: "1",
  UpstreamTimeoutSeconds: "30",
  TaskTimeoutMinutes: "60",
  PollIntervalSeconds: "5",
  NotifyHookAllow: "",
  ServerAddress: "",
} satisfies Record<string, string>;

export type OptionKey = keyof typeof OPTION_DEFAULTS;
export const OPTION_KEYS = Object.keys(OPTION_DEFAULTS) as OptionKey[];
