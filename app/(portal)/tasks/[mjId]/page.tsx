import { notFound } from "next/navigation";
import { TaskDetail } from "@/components/tasks/task-detail";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { getPortalTask } from "@/lib/tasks/portal-tasks";

type Props = { params: Promise<{ mjId: string }> };

export async function generateMetadata({ params }: Props) {
  const { mjId } = await params;
  return { title: fill((await getMessages()).task.title, { id: mjId }) };
}

export default async function TaskPage({ params }: Props) {
  const [{ mjId }, user, t] = await Promise.all([params, requireUser(), getMessages()]);
  const task = await getPortalTask(mjId, user.id);
  if (!task) notFound();
  // A waiting region edit paints on the image of the task it follows when it has none yet.
  const parent = task.status === "MODAL" && !task.imageUrl && task.parentMjId ? await getPortalTask(task.parentMjId, user.id) : null;
  return (
    <>
      <PageHeader title={fill(t.task.title, { id: mjId })} />
      <TaskDetail task={task} t={t} actions parentImageUrl={parent?.imageUrl} />
    </>
  );
}
