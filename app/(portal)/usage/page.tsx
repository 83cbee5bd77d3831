import { Pagination, pageHref } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { LogTable } from "@/components/usage/log-table";
import { UsageFilters } from "@/components/usage/usage-filters";
import { LOG_PAGE_SIZE, parseUsageSearch, usageSearchParams } from "@/components/usage/usage-search";
import { UsageSummary } from "@/components/usage/usage-summary";
import { requireUser } from "@/lib/auth/session";
import { listLogs, logOutput } from "@/lib/billing/list-logs";
import { getMessages } from "@/lib/i18n/server";
import { pageWindow } from "@/lib/http/pagination";

export async function generateMetadata() {
  return { title: (await getMessages()).usage.title };
}

export default async function UsagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, t, search] = await Promise.all([requireUser(), getMessages(), searchParams.then(parseUsageSearch)]);
  const filter = { userId: user.id, type: search.type, startTimestamp: search.start, endTimestamp: search.end };
  const { items, total } = await listLogs(filter, pageWindow(search.page, LOG_PAGE_SIZE));
  const params = usageSearchParams(search);
  return (
    <>
      <PageHeader title={t.usage.title} description={t.usage.subtitle} />
      <UsageSummary quota={Number(user.quota)} used={Number(user.usedQuota)} requests={user.requestCount} />
      <UsageFilters path="/usage" search={search} />
      <LogTable logs={items.map((row) => logOutput(row, false))} />
      <Pagination page={search.page} pageSize={LOG_PAGE_SIZE} total={total} href={(page) => pageHref("/usage", params, page)} />
    </>
  );
}
