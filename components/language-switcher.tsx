"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { LANG_COOKIE, isLocale } from "@/lib/i18n/locales";

const NAMES = { en: "English", zh: "中文" } as const;

export function LanguageSwitcher({ id = "language" }: { id?: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();

  function choose(value: string) {
    if (!isLocale(value)) return;
    document.cookie = `${LANG_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }

  return (
    <select
      id={id}
      aria-label={t.common.language}
      value={locale}
      onChange={(event) => choose(event.target.value)}
      className="h-8 w-auto rounded-md border-0 bg-transparent py-0 pl-2 pr-7 text-sm text-neutral-600 ring-1 ring-inset ring-neutral-200 hover:bg-neutral-50 focus:ring-2 focus:ring-indigo-600"
    >
      {Object.entries(NAMES).map(([value, name]) => (
        <option key={value} value={value} lang={value === "zh" ? "zh-CN" : "en"}>{name}</option>
      ))}
    </select>
  );
}
