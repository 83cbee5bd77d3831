"use client";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { NavLink, type NavItem } from "./nav-link";

interface Props {
  main: NavItem[];
  admin: NavItem[];
  label: string;
  navLabel: string;
  /** Theme, language and sign-out, which the phone header has no room for. */
  children: ReactNode;
}

/** Below `md`: a Menu button that opens the navigation as a panel under the header. */
export function MobileMenu({ main, admin, label, navLabel, children }: Props) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // A followed link closes the menu.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-menu"
        onClick={() => setOpen((value) => !value)}
        className="inline-flex h-9 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-neutral-700 ring-1 ring-inset ring-neutral-300 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
          {open ? (
            <path d="M5.3 4.3a1 1 0 0 0-1.4 1.4L8.6 10l-4.7 4.3a1 1 0 1 0 1.4 1.4L10 11.4l4.7 4.3a1 1 0 0 0 1.4-1.4L11.4 10l4.7-4.3a1 1 0 0 0-1.4-1.4L10 8.6 5.3 4.3Z" />
          ) : (
            <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z" />
          )}
        </svg>
        {label}
      </button>
      <div id="mobile-menu" hidden={!open} className="absolute inset-x-0 top-full max-h-[calc(100vh-4rem)] overflow-y-auto border-b border-neutral-200 bg-surface px-4 py-3 shadow-lg">
        <nav aria-label={navLabel} className="grid gap-1">
          {main.map((item) => <NavLink key={item.href} {...item} block />)}
          {admin.length ? <hr className="my-1 border-neutral-200" /> : null}
          {admin.map((item) => <NavLink key={item.href} {...item} block />)}
        </nav>
        <div className="mt-3">{children}</div>
      </div>
    </div>
  );
}
