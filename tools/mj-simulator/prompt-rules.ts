import { BadRequest } from "./http-io.js";
import type { BotType, SpeedMode } from "./types.js";

export const BANNED_WORDS: readonly string[] = ["nude", "naked", "nsfw", "porn", "gore", "blood", "torture"];

/**
 * Mirrors BannedPromptUtils: match `\b<word>\b` on the lowercased prompt, then report the
 * original-case text at the word's first case-insensitive position (even if that is not the match).
 */
export function findBannedWord(promptEn: string): string | null {
  const lower = promptEn.toLowerCase();
  for (const word of BANNED_WORDS) {
    if (!new RegExp(`\\b${word}\\b`).test(lower)) continue;
    const at = lower.indexOf(word);
    return promptEn.substring(at, at + word.length);
  }
  return null;
}

export type SubmitTrigger = "queue-full" | "queued" | "no-account";
export type Outcome = "success" | "fail" | "stuck";

export function submitTrigger(prompt: string): SubmitTrigger | null {
  if (prompt.includes("sim:no-account")) return "no-account";
  if (prompt.includes("sim:queue-full")) return "queue-full";
  if (prompt.includes("sim:queued")) return "queued";
  return null;
}

export function outcomeOf(prompt: string | null): Outcome {
  if (prompt?.includes("sim:fail")) return "fail";
  if (prompt?.includes("sim:stuck")) return "stuck";
  return "success";
}

export interface DataUrl {
  mimeType: string;
  data: Buffer;
}

const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+)(?:;[a-z0-9-]+=[^;,]*)*;base64,([A-Za-z0-9+/]+={0,2})$/i;

export function parseDataUrl(value: string): DataUrl | null {
  const match = DATA_URL.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return { mimeType: match[1].toLowerCase(), data: Buffer.from(match[2], "base64") };
}

export function fileSuffix(mimeType: string): string {
  const sub = mimeType.split("/")[1] ?? "png";
  if (sub === "jpeg") return "jpg";
  return sub.replace(/\+.*$/, "");
}

export function parseBotType(value: unknown): BotType {
  if (value === undefined || value === null || value === "") return "MID_JOURNEY";
  if (typeof value === "string") {
    const upper = value.toUpperCase();
    if (upper === "MID_JOURNEY" || upper === "MJ") return "MID_JOURNEY";
    if (upper === "NIJI_JOURNEY" || upper === "NIJI") return "NIJI_JOURNEY";
  }
  throw new BadRequest("botType is not MID_JOURNEY or NIJI_JOURNEY");
}

/** trueai's priority: path prefix, then a speed flag in the prompt, then the parent's mode. */
export function resolveMode(pathMode: SpeedMode | null, prompt: string | null, inherited?: SpeedMode): SpeedMode {
  if (pathMode) return pathMode;
  const flag = /(?:^|\s)--(relax|fast|turbo)\b/i.exec(prompt ?? "")?.[1];
  if (flag) return flag.toUpperCase() as SpeedMode;
  return inherited ?? "FAST";
}

/** `1️⃣ text` lines as found in describe and shorten results. */
export function numberedLine(text: unknown, n: number): string | null {
  if (typeof text !== "string") return null;
  const marker = `${n}\uFE0F\u20E3`;
  for (const line of text.split("\n")) {
    if (line.startsWith(marker)) return line.slice(marker.length).trim() || null;
  }
  return null;
}

export function numberEmoji(n: number): string {
  return `${n}\uFE0F\u20E3`;
}
