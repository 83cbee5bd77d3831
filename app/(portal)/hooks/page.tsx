import { DeliveryList } from "@/components/hooks/delivery-list";
import { HookGuide } from "@/components/hooks/hook-guide";
import { WebhookSecret } from "@/components/hooks/webhook-secret";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { getOptions } from "@/lib/options/options";
import { publicBaseUrl } from "@/lib/tasks/image-link";

export async function generateMetadata() {
  return { title: (await getMessages()).hooks.title };
}

export default async function HooksPage() {
  const [, t, options] = await Promise.all([requireUser(), getMessages(), getOptions()]);
  return (
    <>
      <PageHeader title={t.hooks.title} description={t.hooks.subtitle} />
      <div className="space-y-6">
        <HookGuide base={publicBaseUrl(options) || "https://your-gateway.example.com"} />
        <WebhookSecret />
        <DeliveryList />
      </div>
    </>
  );
}
