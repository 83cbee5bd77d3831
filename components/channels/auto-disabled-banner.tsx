import Link from "next/link";
import { autoDisabledChannelCount } from "@/lib/channels/channel-facets";
import { fill } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

/** Shown to admins on every page while a channel is auto-disabled: tasks are silently losing capacity. */
export async function AutoDisabledBanner() {
  const [count, t] = await Promise.all([autoDisabledChannelCount(), getMessages()]);
  if (!count) return null;
  return (
    <section aria-labelledby="auto-disabled-title" className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm sm:px-6">
        <h2 id="auto-disabled-title" className="font-semibold text-amber-800">{fill(t.channels.alertTitle, { count })}</h2>
        <p className="text-amber-800">{t.channels.alertBody}</p>
        <Link href="/admin/channels?status=3" className="font-medium text-amber-800 underline underline-offset-2">{t.channels.alertLink}</Link>
      </div>
    </section>
  );
}
