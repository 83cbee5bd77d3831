import Link from "next/link";
import type { ReactNode } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { getMessages } from "@/lib/i18n/server";
import { Balance } from "./balance";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function PortalShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const t = await getMessages();
  const admin = hasRole(user.role, "admin");
  return (
    <div className="min-h-screen">
      <header className="sticky top-0 z-20 border-b border-neutral-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 sm:gap-x-6 py-3 sm:px-6">
          <Link href="/tasks" aria-label={t.common.appName} className="flex items-center gap-2 text-sm font-semibold text-neutral-900">
            <span aria-hidden className="grid size-7 place-items-center rounded-md bg-indigo-600 text-xs font-bold text-white">MJ</span>
            <span className="hidden sm:inline">{t.common.appName}</span>
          </Link>
          <nav aria-label="Main" className="order-last -mx-1 flex w-full items-center gap-1 overflow-x-auto">
            <NavLink href="/tasks">{t.nav.tasks}</NavLink>
            <NavLink href="/create">{t.nav.create}</NavLink>
            <NavLink href="/keys">{t.nav.keys}</NavLink>
            <NavLink href="/usage">{t.nav.usage}</NavLink>
            <NavLink href="/hooks">{t.nav.hooks}</NavLink>
            <NavLink href="/docs">{t.nav.docs}</NavLink>
            {admin ? (
              <>
                <span aria-hidden className="mx-2 h-5 w-px shrink-0 bg-neutral-200" />
                <NavLink href="/admin/channels">{t.nav.channels}</NavLink>
                <NavLink href="/admin/tasks">{t.nav.allTasks}</NavLink>
                <NavLink href="/admin/users">{t.nav.users}</NavLink>
                <NavLink href="/admin/settings">{t.nav.settings}</NavLink>
              </>
            ) : null}
          </nav>
          <div className="ml-auto flex items-center gap-2 sm:gap-3">
            <div className="text-right text-xs leading-tight">
              <p className="hidden font-medium text-neutral-900 sm:block">{user.username}</p>
              <Balance quota={Number(user.quota)} />
            </div>
            <LanguageSwitcher />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
