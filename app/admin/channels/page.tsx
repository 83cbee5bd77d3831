import { ChannelAdmin } from "@/components/channels/channel-admin";
import { Pagination, pageHref } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { CHANNEL_TYPES, channelOutput, listChannels } from "@/lib/channels/channels";
import { getMessages } from "@/lib/i18n/server";
import { pageNumber, pageWindow } from "@/lib/http/pagination";

const PAGE_SIZE = 50;
const types = Object.entries(CHANNEL_TYPES).map(([value, name]) => ({ value: Number(value), name }));

export async function generateMetadata() {
  return { title: (await getMessages()).channels.title };
}

export default async function ChannelsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageNumber((await searchParams).page);
  await requireUser("admin");
  const [t, { items, total }] = await Promise.all([getMessages(), listChannels(pageWindow(page, PAGE_SIZE))]);
  return (
    <>
      <PageHeader title={t.channels.title} description={t.channels.subtitle} />
      <ChannelAdmin channels={items.map((channel) => channelOutput(channel))} types={types} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={(target) => pageHref("/admin/channels", {}, target)} />
    </>
  );
}
