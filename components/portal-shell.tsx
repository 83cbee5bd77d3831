import Link from "next/link";
import type { ReactNode } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { getMessages } from "@/lib/i18n/server";
import { getTheme } from "@/lib/theme/server";
import { Balance } from "./balance";
import { Brand } from "./brand";
import { LanguageSwitcher } from "./language-switcher";
import { MobileMenu } from "./mobile-menu";
import { NavLink, type NavItem } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { ThemeSwitcher } from "./theme-switcher";
import { TimeZoneCookie } from "./time-zone-cookie";

/** The signed-in frame: the navigation inline from `md` up, behind a menu button below it. */
export async function PortalShell({ user, children, banner }: { user: SessionUser; children: ReactNode; banner?: ReactNode }) {
  const [t, theme] = await Promise.all([getMessages(), getTheme()]);
  const admin = hasRole(user.role, "admin");
  const main: NavItem[] = [
    { href: "/dashboard", label: t.nav.dashboard },
    { href: "/tasks", label: t.nav.tasks },
    { href: "/create", label: t.nav.create },
    { href: "/keys", label: t.nav.keys },
    { href: "/usage", label: t.nav.usage },
    { href: "/hooks", label: t.nav.hooks },
    { href: "/docs", label: t.nav.docs },
  ];
  const adminItems: NavItem[] = admin
    ? [
        { href: "/admin/channels", label: t.nav.channels },
        { href: "/admin/tasks", label: t.nav.allTasks },
        { href: "/admin/logs", label: t.nav.allLogs },
        { href: "/admin/users", label: t.nav.users },
        { href: "/admin/settings", label: t.nav.settings },
      ]
    : [];
  return (
    <div className="min-h-screen">
      <header className="sticky top-0 z-20 border-b border-neutral-200 bg-surface/95 backdrop-blur">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6 sm:px-6">
          <Link href="/" aria-label={t.common.appName} className="rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600">
            <Brand name={t.common.appName} hideNameOnPhone />
          </Link>
          <nav aria-label={t.common.mainNav} className="order-last -mx-1 hidden w-full flex-wrap items-center gap-1 md:flex">
            {main.map((item) => <NavLink key={item.href} {...item} />)}
            {adminItems.length ? <span aria-hidden className="mx-2 h-5 w-px shrink-0 bg-neutral-200" /> : null}
            {adminItems.map((item) => <NavLink key={item.href} {...item} />)}
          </nav>
          <div className="ml-auto flex items-center gap-2 sm:gap-3">
            <div className="text-right text-xs leading-tight">
              <p className="hidden font-medium text-neutral-900 sm:block">{user.displayName || user.username}</p>
              <Balance quota={Number(user.quota)} />
            </div>
            <div className="hidden items-center gap-2 md:flex">
              <ThemeSwitcher initial={theme} />
              <LanguageSwitcher />
              <SignOutButton />
            </div>
            <MobileMenu main={main} admin={adminItems} label={t.common.menu} navLabel={t.common.mainNav}>
              <div className="flex flex-wrap items-center gap-2 border-t border-neutral-200 pt-3">
                <ThemeSwitcher initial={theme} id="theme-menu" />
                <LanguageSwitcher id="language-menu" />
                <SignOutButton />
              </div>
            </MobileMenu>
          </div>
        </div>
      </header>
      {banner}
      <TimeZoneCookie />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8">{children}</main>
    </div>
  );
}
