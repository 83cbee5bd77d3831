import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";

function Segment({ href, active, children }: { href: string; active: boolean; children: string }) {
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={`rounded-md px-2.5 py-1 text-xs font-medium ${active ? "bg-surface text-neutral-900 shadow-sm ring-1 ring-neutral-200" : "text-neutral-600 hover:text-neutral-900"}`}>
      {children}
    </Link>
  );
}

/** The dashboard's range (last 7/30/90 days) and, for admins, whose figures. */
export function RangeNav({ days, ranges, scope, t }: { days: number; ranges: readonly number[]; scope?: "all" | "mine"; t: Messages }) {
  const href = (next: { days?: number; scope?: string }) => {
    const query = new URLSearchParams();
    const nextDays = next.days ?? days;
    const nextScope = next.scope ?? scope;
    if (nextDays !== 7) query.set("days", String(nextDays));
    if (nextScope === "mine") query.set("scope", "mine");
    const text = query.toString();
    return text ? `/dashboard?${text}` : "/dashboard";
  };
  return (
    <div className="flex flex-wrap gap-2">
      {scope ? (
        <nav aria-label={t.dashboard.scope} className="flex gap-1 rounded-lg bg-neutral-100 p-1">
          <Segment href={href({ scope: "all" })} active={scope === "all"}>{t.dashboard.scopeAll}</Segment>
          <Segment href={href({ scope: "mine" })} active={scope === "mine"}>{t.dashboard.scopeMine}</Segment>
        </nav>
      ) : null}
      <nav aria-label={t.dashboard.range} className="flex gap-1 rounded-lg bg-neutral-100 p-1">
        {ranges.map((n) => <Segment key={n} href={href({ days: n })} active={n === days}>{fill(t.dashboard.lastDays, { n })}</Segment>)}
      </nav>
    </div>
  );
}
