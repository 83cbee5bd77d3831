import { notFound } from "next/navigation";
import { TaskInspection } from "@/components/tasks/task-inspection";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { inspectTask } from "@/lib/tasks/task-inspection";

type Props = { params: Promise<{ mjId: string }> };

export async function generateMetadata({ params }: Props) {
  const { mjId } = await params;
  return { title: fill((await getMessages()).task.inspectTitle, { id: mjId }) };
}

export default async function AdminTaskPage({ params }: Props) {
  const [{ mjId }, admin, t] = await Promise.all([params, requireUser("admin"), getMessages()]);
  const inspection = await inspectTask(mjId);
  if (!inspection) notFound();
  return (
    <>
      <PageHeader title={fill(t.task.inspectTitle, { id: mjId })} />
      <TaskInspection inspection={inspection} viewerId={admin.id} t={t} />
    </>
  );
}
