import { TaskFilters } from "@/components/tasks/task-filters";
import { TaskListSection } from "@/components/tasks/task-list-section";
import { parseTaskSearch, type SearchParams } from "@/components/tasks/task-search";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getMessages()).tasks.title };
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, t, search] = await Promise.all([requireUser(), getMessages(), searchParams.then(parseTaskSearch)]);
  return (
    <>
      <PageHeader title={t.tasks.title} description={t.tasks.subtitle} />
      <TaskFilters path="/tasks" search={search} />
      <TaskListSection search={search} path="/tasks" viewerId={user.id} />
    </>
  );
}
