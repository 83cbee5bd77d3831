import { Pagination, pageHref } from "@/components/pagination";
import { modelActionName } from "@/components/tasks/task-bits";
import { PageHeader } from "@/components/ui/page-header";
import { LogTable } from "@/components/usage/log-table";
import { UsageFilters } from "@/components/usage/usage-filters";
import { LOG_PAGE_SIZE, parseUsageSearch, usageSearchParams } from "@/components/usage/usage-search";
import { requireUser } from "@/lib/auth/session";
import { listLogs, logOutput } from "@/lib/billing/list-logs";
import { channelNames } from "@/lib/channels/channels";
import { pageWindow } from "@/lib/http/pagination";
import { getMessages } from "@/lib/i18n/server";
import { MJ_MODELS } from "@/lib/options/defaults";

export async function generateMetadata() {
  return { title: (await getMessages()).nav.allLogs };
}

export default async function AllLogsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [, t, search] = await Promise.all([requireUser("admin"), getMessages(), searchParams.then(parseUsageSearch)]);
  const filter = {
    type: search.type, startTimestamp: search.start, endTimestamp: search.end, username: search.username || undefined,
    tokenName: search.tokenName || undefined, modelName: search.modelName || undefined, channelId: search.channelId,
  };
  const [{ items, total }, channels] = await Promise.all([listLogs(filter, pageWindow(search.page, LOG_PAGE_SIZE)), channelNames()]);
  const models = MJ_MODELS.map((model) => ({ value: model, label: modelActionName(t, model) }));
  return (
    <>
      <PageHeader title={t.nav.allLogs} description={t.usage.allSubtitle} />
      <UsageFilters path="/admin/logs" search={search} admin={{ channels, models }} />
      <LogTable logs={items.map((row) => logOutput(row, true))} admin={{ channelNames: Object.fromEntries(channels.map((channel) => [channel.id, channel.name])) }} />
      <Pagination page={search.page} pageSize={LOG_PAGE_SIZE} total={total} href={(page) => pageHref("/admin/logs", usageSearchParams(search), page)} />
    </>
  );
}
