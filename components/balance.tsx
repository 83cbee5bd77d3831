import { formatNumber, formatUsd } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

/** The header's balance, rendered with the layout; submits revalidate the layout, live pages re-render it. */
export async function Balance({ quota }: { quota: number }) {
  const t = await getMessages();
  return (
    <p className="text-neutral-500">
      {t.nav.balance}:{" "}
      <span className="tabular-nums">
        <span className="hidden sm:inline">{formatNumber(quota)} {t.common.quota} · </span>
        {formatUsd(quota)}
      </span>
    </p>
  );
}
