import Link from "next/link";
import { fill } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { buttonClass } from "./ui/button";

export async function Pagination({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const t = await getMessages();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const disabled = `${buttonClass("secondary", "sm")} pointer-events-none opacity-50`;
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-neutral-500">
      <p>{fill(t.common.pageOf, { page, pages, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={buttonClass("secondary", "sm")}>{t.common.previous}</Link>
        ) : (
          <span aria-disabled="true" className={disabled}>{t.common.previous}</span>
        )}
        {page < pages ? (
          <Link href={href(page + 1)} className={buttonClass("secondary", "sm")}>{t.common.next}</Link>
        ) : (
          <span aria-disabled="true" className={disabled}>{t.common.next}</span>
        )}
      </div>
    </nav>
  );
}

/** `path?…` with `page` set (1 leaves it out), keeping the other search params. */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
