"use client";
import useSWR from "swr";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber, formatUsd } from "@/lib/i18n/format";
import { fetchData } from "./api-client";

export const BALANCE_KEY = "/api/user/self";

/** The nav's balance. The layout is not re-rendered on client navigation, so submits revalidate this key instead. */
export function Balance({ quota }: { quota: number }) {
  const { t } = useI18n();
  const { data } = useSWR(BALANCE_KEY, (url: string) => fetchData<{ quota: number }>(url), {
    fallbackData: { quota },
    revalidateOnMount: false,
  });
  const current = data?.quota ?? quota;
  return (
    <p className="text-neutral-500">
      {t.nav.balance}:{" "}
      <span className="tabular-nums">
        <span className="hidden sm:inline">{formatNumber(current)} {t.common.quota} · </span>
        {formatUsd(current)}
      </span>
    </p>
  );
}
