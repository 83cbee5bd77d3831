import { notFound } from "next/navigation";
import { TaskDetail } from "@/components/tasks/task-detail";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { getOptions } from "@/lib/options/options";
import { getOwnTask } from "@/lib/tasks/list-tasks";
import { relayTaskView } from "@/lib/tasks/task-view";

type Props = { params: Promise<{ mjId: string }> };

export async function generateMetadata({ params }: Props) {
  const { mjId } = await params;
  return { title: fill((await getMessages()).task.title, { id: mjId }) };
}

export default async function TaskPage({ params }: Props) {
  const { mjId } = await params;
  const user = await requireUser();
  const task = await getOwnTask(user.id, mjId);
  if (!task) notFound();
  const t = await getMessages();
  // Relative image links: they work on whatever address the browser reached us.
  const view = relayTaskView(task, await getOptions(), "");
  return (
    <>
      <PageHeader title={fill(t.task.title, { id: mjId })} />
      <TaskDetail initial={view} cost={Number(task.quota)} renderedAt={Date.now()} />
    </>
  );
}
