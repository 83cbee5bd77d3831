import { ChannelAdmin } from "@/components/channels/channel-admin";
import { ChannelFilters } from "@/components/channels/channel-filters";
import { Pagination, pageHref } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { channelFacets } from "@/lib/channels/channel-facets";
import { CHANNEL_TYPES, channelOutput, listChannels } from "@/lib/channels/channels";
import { getMessages } from "@/lib/i18n/server";
import { pageNumber, pageWindow } from "@/lib/http/pagination";

const PAGE_SIZE = 50;
const types = Object.entries(CHANNEL_TYPES).map(([value, name]) => ({ value: Number(value), name }));
type Params = { page?: string; keyword?: string; status?: string; group?: string; tag?: string };

export async function generateMetadata() {
  return { title: (await getMessages()).channels.title };
}

export default async function ChannelsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const page = pageNumber(params.page);
  const search = { keyword: (params.keyword ?? "").trim().slice(0, 100), status: ["1", "2", "3"].includes(params.status ?? "") ? params.status! : "", group: params.group ?? "", tag: params.tag ?? "" };
  await requireUser("admin");
  const filter = { keyword: search.keyword || undefined, status: search.status ? Number(search.status) : undefined, group: search.group || undefined, tag: search.tag || undefined };
  const [t, { items, total }, facets] = await Promise.all([getMessages(), listChannels(pageWindow(page, PAGE_SIZE), filter), channelFacets()]);
  return (
    <>
      <PageHeader title={t.channels.title} description={t.channels.subtitle} />
      <div className="space-y-4">
        <ChannelFilters search={search} groups={facets.groups} tags={facets.tags} t={t} />
        <ChannelAdmin channels={items.map((channel) => channelOutput(channel))} types={types} />
        <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={(target) => pageHref("/admin/channels", { ...search }, target)} />
      </div>
    </>
  );
}
