import { CreateKeyForm } from "@/components/keys/create-key-form";
import { KeyTable } from "@/components/keys/key-table";
import { RelayUsage } from "@/components/keys/relay-usage";
import { Pagination, pageHref } from "@/components/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { getOptions } from "@/lib/options/options";
import { publicAddress } from "@/lib/portal/public-address";
import { listTokens, tokenOutput } from "@/lib/tokens/tokens";
import { pageNumber, pageWindow } from "@/lib/http/pagination";

const PAGE_SIZE = 20;

export async function generateMetadata() {
  return { title: (await getMessages()).keys.title };
}

export default async function KeysPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageNumber((await searchParams).page);
  const user = await requireUser();
  const [t, { items, total }, options] = await Promise.all([getMessages(), listTokens(user.id, pageWindow(page, PAGE_SIZE)), getOptions()]);
  return (
    <>
      <PageHeader title={t.keys.title} description={t.keys.subtitle} />
      <div className="space-y-6">
        <CreateKeyForm />
        <div>
          <KeyTable keys={items.map(tokenOutput)} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={(target) => pageHref("/keys", {}, target)} />
        </div>
        <RelayUsage base={await publicAddress(options)} />
      </div>
    </>
  );
}
