"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { HeaderSelect } from "./ui/header-select";
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
    <HeaderSelect id={id} label={t.common.theme} value={theme} onChange={choose}>
      {THEMES.map((value) => (
        <option key={value} value={value}>{names[value]}</option>
      ))}
    </HeaderSelect>
  );
}
