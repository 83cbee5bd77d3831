import { formatNumber, formatUsd } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

function Stat({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="rounded-xl border border-neutral-200 bg-surface px-5 py-4 shadow-sm">
      <dt className="text-sm text-neutral-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums tracking-tight text-neutral-900">{value}</dd>
      <dd className="mt-0.5 text-xs tabular-nums text-neutral-500">{detail}</dd>
    </div>
  );
}

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
