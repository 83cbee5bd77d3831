import { ApiReference } from "@/components/docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { openApiDocument } from "@/lib/openapi/document";
import { getOptions } from "@/lib/options/options";
import { publicAddress } from "@/lib/portal/public-address";

export async function generateMetadata() {
  return { title: (await getMessages()).docs.title };
}

export default async function DocsPage() {
  const [user, t, options] = await Promise.all([requireUser(), getMessages(), getOptions()]);
  return (
    <>
      <PageHeader title={t.docs.title} description={t.docs.subtitle} />
      <ApiReference document={openApiDocument(await publicAddress(options))} userId={user.id} />
    </>
  );
}
