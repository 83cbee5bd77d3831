import { TaskFilters } from "@/components/tasks/task-filters";
import { TaskListSection } from "@/components/tasks/task-list-section";
import { parseTaskSearch, type SearchParams } from "@/components/tasks/task-search";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { channelNames } from "@/lib/channels/channels";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getMessages()).tasks.allTitle };
}

export default async function AllTasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [admin, t, search, channels] = await Promise.all([requireUser("admin"), getMessages(), searchParams.then(parseTaskSearch), channelNames()]);
  return (
    <>
      <PageHeader title={t.tasks.allTitle} description={t.tasks.allSubtitle} />
      <TaskFilters path="/admin/tasks" search={search} channels={channels} />
      <TaskListSection search={search} path="/admin/tasks" viewerId={admin.id} admin />
    </>
  );
}
