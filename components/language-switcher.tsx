"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { HeaderSelect } from "./ui/header-select";
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
    <HeaderSelect id={id} label={t.common.language} value={locale} onChange={choose}>
      {Object.entries(NAMES).map(([value, name]) => (
        <option key={value} value={value} lang={value === "zh" ? "zh-CN" : "en"}>{name}</option>
      ))}
    </HeaderSelect>
  );
}
