import Link from "next/link";
import { notFound } from "next/navigation";
import { KeyEditForm } from "@/components/keys/key-edit-form";
import { modelActionName } from "@/components/tasks/task-bits";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { MJ_MODELS } from "@/lib/options/defaults";
import { getOptions } from "@/lib/options/options";
import { getTokenOrThrow, tokenOutput } from "@/lib/tokens/tokens";
import { usableGroups } from "@/lib/users/usable-groups";

export default async function KeyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user, t, options] = await Promise.all([params, requireUser(), getMessages(), getOptions()]);
  const token = /^\d+$/.test(id) ? await getTokenOrThrow(user.id, Number(id)).catch(() => null) : null;
  if (!token) notFound();
  const key = tokenOutput(token);
  const models = MJ_MODELS.map((model) => ({ value: model, label: `${modelActionName(t, model)} (${model})` }));
  return (
    <>
      <PageHeader title={t.keys.title}>
        <Link href="/keys" className="text-sm font-medium text-indigo-700 hover:underline">{t.keys.back}</Link>
      </PageHeader>
      <KeyEditForm
        keyData={{ id: Number(key.id), name: String(key.name), remain_quota: key.remain_quota, unlimited_quota: Boolean(key.unlimited_quota), expired_time: key.expired_time, model_limits: String(key.model_limits), allow_ips: String(key.allow_ips), group: String(key.group) }}
        models={models}
        groups={Object.keys(usableGroups(user.group, options))}
        ownGroup={user.group}
      />
    </>
  );
}
