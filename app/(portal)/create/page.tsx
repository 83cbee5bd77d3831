import { BlendForm } from "@/components/create/blend-form";
import { DescribeForm } from "@/components/create/describe-form";
import { ImagineForm } from "@/components/create/imagine-form";
import { PageHeader } from "@/components/ui/page-header";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getMessages()).create.title };
}

export default async function CreatePage() {
  const t = await getMessages();
  return (
    <>
      <PageHeader title={t.create.title} description={t.create.subtitle} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ImagineForm className="lg:col-span-2" />
        <DescribeForm />
        <BlendForm />
      </div>
    </>
  );
}
