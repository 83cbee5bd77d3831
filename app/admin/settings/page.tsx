import { SettingsEditor } from "@/components/settings/settings-editor";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { getOptions, invalidateOptions } from "@/lib/options/options";
import { PublicUrlWarning } from "@/components/settings/public-url-warning";
import { publicUrlSource } from "@/lib/tasks/image-link";

export async function generateMetadata() {
  return { title: (await getMessages()).settings.title };
}

export default async function SettingsPage() {
  const [user, t] = await Promise.all([requireUser("admin"), getMessages()]);
  const options = await freshOptions();
  return (
    <>
      <PageHeader title={t.settings.title} description={t.settings.subtitle} />
      {publicUrlSource(options) ? null : <PublicUrlWarning t={t} />}
      {hasRole(user.role, "root") ? (
        <SettingsEditor options={options} />
      ) : (
        <Card title={t.settings.rootOnly}>
          <p className="text-sm text-neutral-600">{t.settings.rootOnlyBody}</p>
        </Card>
      )}
    </>
  );
}

/** The settings as stored now (another instance may have changed them). */
async function freshOptions() {
  invalidateOptions();
  return getOptions();
}
