"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

export function NavLink({ href, label, block = false }: NavItem & { block?: boolean }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`${block ? "block" : ""} whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium transition-colors ${active ? "bg-indigo-50 text-indigo-700" : "text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900"}`}
    >
      {label}
    </Link>
  );
}
