import { createHash } from "node:crypto";
import { numberEmoji } from "./prompt-rules.js";

const SUBJECTS = [
  "a ginger cat curled up on a sunlit windowsill",
  "a lighthouse on a rocky cliff at dusk",
  "a bowl of ramen with steam rising, top-down view",
  "an old brass telescope on a wooden desk",
  "a misty pine forest with a winding path",
  "a retro robot watering potted plants",
];

const STYLES = [
  "soft watercolor textures, warm morning light",
  "cinematic lighting, muted teal and orange palette",
  "flat vector illustration, bold outlines",
  "35mm film photo, shallow depth of field",
];

/** Four describe suggestions, stable for a given task id. */
export function describeText(taskId: string): string {
  const digest = createHash("sha256").update(taskId).digest();
  const subject = SUBJECTS[(digest[0] ?? 0) % SUBJECTS.length] ?? "";
  return STYLES.map((style, i) => `${numberEmoji(i + 1)} ${subject}, ${style} --ar 5:4`).join("\n\n");
}

const STOP_WORDS = new Set(["a", "an", "the", "of", "on", "in", "with", "and", "at", "to", "for", "by"]);

export const SHORTEN_COUNT = 5;

/** The /shorten report: important tokens, then five progressively shorter prompts. */
export function shortenText(prompt: string): string {
  const words = prompt
    .replace(/--\S+(\s+[^-\s]\S*)?/g, " ")
    .split(/\s+/)
    .filter((w) => w && !w.startsWith("sim:"));
  const tokens = words.filter((w) => !STOP_WORDS.has(w.toLowerCase())).slice(0, 6);
  const important = tokens.length ? tokens.map((t) => `**${t}**`).join(", ") : "**image**";
  const base = tokens.length ? tokens : ["image"];
  const shortened = Array.from({ length: SHORTEN_COUNT }, (_, i) => {
    const count = Math.max(1, base.length - i);
    return `${numberEmoji(i + 1)} ${base.slice(0, count).join(" ")}`;
  });
  return `## Important tokens\n${important}\n\n## Shortened prompts\n${shortened.join("\n\n")}`;
}

/** plus/trueai's `finalZhPrompt`: the same report with Chinese headings (the prompts stay as Midjourney wrote them). */
export function shortenZhText(prompt: string): string {
  return shortenText(prompt)
    .replace("## Important tokens", "## 重要词元")
    .replace("## Shortened prompts", "## 精简后的提示词");
}
