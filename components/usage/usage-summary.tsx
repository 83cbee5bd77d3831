import { formatNumber, formatUsd } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { Stat } from "../dashboard/stat";

/** Balance, used quota and request count, quota shown with its USD value. */
export async function UsageSummary({ quota, used, requests }: { quota: number; used: number; requests: number }) {
  const t = await getMessages();
  return (
    <dl className="mb-6 grid gap-4 sm:grid-cols-3">
      <Stat label={t.usage.balance} value={formatUsd(quota)} detail={`${formatNumber(quota)} ${t.common.quota} · ${t.usage.rate}`} />
      <Stat label={t.usage.used} value={formatUsd(used)} detail={`${formatNumber(used)} ${t.common.quota}`} />
      <Stat label={t.usage.requests} value={formatNumber(requests)} detail={t.usage.requestsHint} />
    </dl>
  );
}
