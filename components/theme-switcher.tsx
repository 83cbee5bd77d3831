"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { THEME_COOKIE, THEMES, isTheme, themeClass, type Theme } from "@/lib/theme/theme";

/** System / light / dark. Applied at once on <html> and remembered in a cookie for the server render. */
export function ThemeSwitcher({ initial, id = "theme" }: { initial: Theme; id?: string }) {
  const { t } = useI18n();
  const [theme, setTheme] = useState(initial);
  const names: Record<Theme, string> = { system: t.common.themeSystem, light: t.common.themeLight, dark: t.common.themeDark };

  function choose(value: string) {
    if (!isTheme(value)) return;
    setTheme(value);
    document.cookie = `${THEME_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    const next = themeClass(value);
    if (next) root.classList.add(next);
  }

  return (
    <select
      id={id}
      aria-label={t.common.theme}
      value={theme}
      onChange={(event) => choose(event.target.value)}
      className="h-8 w-auto rounded-md border-0 bg-transparent py-0 pl-2 pr-7 text-sm text-neutral-600 ring-1 ring-inset ring-neutral-200 hover:bg-neutral-50 focus:ring-2 focus:ring-indigo-600"
    >
      {THEMES.map((value) => (
        <option key={value} value={value}>{names[value]}</option>
      ))}
    </select>
  );
}
