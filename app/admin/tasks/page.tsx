import { TaskFilters } from "@/components/tasks/task-filters";
import { TaskListSection } from "@/components/tasks/task-list-section";
import { parseTaskSearch, type SearchParams } from "@/components/tasks/task-search";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { listChannels } from "@/lib/channels/channels";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getMessages()).tasks.allTitle };
}

export default async function AllTasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [admin, t, search] = await Promise.all([requireUser("admin"), getMessages(), searchParams.then(parseTaskSearch)]);
  const { items: channels } = await listChannels({ skip: 0, take: 500 });
  return (
    <>
      <PageHeader title={t.tasks.allTitle} description={t.tasks.allSubtitle} />
      <TaskFilters path="/admin/tasks" search={search} channels={channels.map(({ id, name }) => ({ id, name }))} />
      <TaskListSection search={search} path="/admin/tasks" viewerId={admin.id} admin />
    </>
  );
}
