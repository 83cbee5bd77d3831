import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { en, type Messages } from "./en";
import { isLocale, LANG_COOKIE, type Locale } from "./locales";
import { zh } from "./zh";

const dictionaries: Record<Locale, Messages> = { en, zh };

/** The first of en/zh in the Accept-Language ranking, else en. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh";
    if (tag.startsWith("en")) return "en";
  }
  return "en";
}

export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LANG_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

export async function getMessages(): Promise<Messages> {
  return dictionaries[await getLocale()];
}
