import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { UserProfileForm } from "@/components/users/user-profile-form";
import { UserQuotaForm } from "@/components/users/user-quota-form";
import { UserActivity } from "@/components/users/user-activity";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { getOptions } from "@/lib/options/options";
import { configuredGroups } from "@/lib/users/configured-groups";
import { getUserOrThrow } from "@/lib/users/manage-users";

type Props = { params: Promise<{ id: string }> };

export default async function UserPage({ params }: Props) {
  const [{ id }, viewer, t, options] = await Promise.all([params, requireUser("admin"), getMessages(), getOptions()]);
  const user = /^\d+$/.test(id) ? await getUserOrThrow(Number(id)).catch(() => null) : null;
  if (!user) notFound();
  return (
    <>
      <PageHeader title={fill(t.users.editTitle, { name: user.displayName || user.username })} description={`${user.username} · #${user.id}`} />
      <div className="space-y-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <UserProfileForm user={{ id: user.id, displayName: user.displayName, group: user.group, role: user.role }} groups={configuredGroups(options)} root={hasRole(viewer.role, "root")} />
          <UserQuotaForm userId={user.id} quota={Number(user.quota)} />
        </div>
        <UserActivity userId={user.id} t={t} />
      </div>
    </>
  );
}
