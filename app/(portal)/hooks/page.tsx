import { DELIVERY_PAGE_SIZE, DeliveryList } from "@/components/hooks/delivery-list";
import { HookGuide } from "@/components/hooks/hook-guide";
import type { Delivery } from "@/components/hooks/delivery-types";
import { WebhookSecret } from "@/components/hooks/webhook-secret";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { pageNumber, pageWindow } from "@/lib/http/pagination";
import { getMessages } from "@/lib/i18n/server";
import { listDeliveries } from "@/lib/notify/deliveries";
import { getOptions } from "@/lib/options/options";
import { publicAddress } from "@/lib/portal/public-address";

export async function generateMetadata() {
  return { title: (await getMessages()).hooks.title };
}

export default async function HooksPage({ searchParams }: { searchParams: Promise<{ page?: string; mj_id?: string }> }) {
  const [user, t, options, params] = await Promise.all([requireUser(), getMessages(), getOptions(), searchParams]);
  const page = pageNumber(params.page);
  const mjId = (params.mj_id ?? "").trim().slice(0, 64);
  const { items, total } = await listDeliveries(user.id, pageWindow(page, DELIVERY_PAGE_SIZE), mjId || undefined);
  return (
    <>
      <PageHeader title={t.hooks.title} description={t.hooks.subtitle} />
      <div className="space-y-6">
        <HookGuide base={await publicAddress(options)} />
        <WebhookSecret />
        <DeliveryList deliveries={items as Delivery[]} total={total} page={page} mjId={mjId} t={t} />
      </div>
    </>
  );
}
