import type { Messages } from "@/lib/i18n/en";

/** Until a public address is configured, links in answers and callbacks are relative: say so where it is fixed. */
export function PublicUrlWarning({ t }: { t: Messages }) {
  return (
    <section aria-labelledby="public-url-title" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-800">
      <h2 id="public-url-title" className="font-semibold">{t.settings.publicUrlTitle}</h2>
      <p className="mt-1">{t.settings.publicUrlBody}</p>
    </section>
  );
}
