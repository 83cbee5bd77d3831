import type { ReactNode } from "react";
import { Brand } from "@/components/brand";
import { LanguageSwitcher } from "@/components/language-switcher";
import { ThemeSwitcher } from "@/components/theme-switcher";
import { getMessages } from "@/lib/i18n/server";
import { getTheme } from "@/lib/theme/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const [t, theme] = await Promise.all([getMessages(), getTheme()]);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <Brand name={t.common.appName} />
        <div className="flex items-center gap-2">
          <ThemeSwitcher initial={theme} />
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 pt-[8vh] outline-none sm:pt-[12vh]">{children}</main>
    </div>
  );
}
