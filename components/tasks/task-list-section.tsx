import { getOptions } from "@/lib/options/options";
import { listTasks } from "@/lib/tasks/list-tasks";
import { apiTaskItem } from "@/lib/tasks/task-view";
import { Pagination, pageHref } from "../pagination";
import { LiveTaskTable } from "./live-task-table";
import { TASK_PAGE_SIZE, taskApiQuery, taskFilter, taskSearchParams, type TaskSearch } from "./task-search";
import { pageWindow } from "@/lib/http/pagination";

interface Props {
  search: TaskSearch;
  path: string;
  viewerId: number;
  /** All users' tasks (admin) instead of the viewer's own. */
  admin?: boolean;
}

export async function TaskListSection({ search, path, viewerId, admin = false }: Props) {
  const [{ items, total }, options] = await Promise.all([
    listTasks(taskFilter(search, admin ? undefined : viewerId), pageWindow(search.page, TASK_PAGE_SIZE)),
    getOptions(),
  ]);
  // Relative image links: they work on whatever address the browser reached us.
  const initial = { items: items.map((row) => apiTaskItem(row, options, "")), total, page: search.page, page_size: TASK_PAGE_SIZE };
  const pollUrl = `${admin ? "/api/mj" : "/api/mj/self"}?${taskApiQuery(search)}`;
  const params = taskSearchParams(search);
  return (
    <>
      <LiveTaskTable initial={initial} pollUrl={pollUrl} admin={admin} viewerId={viewerId} renderedAt={Date.now()} />
      <Pagination page={search.page} pageSize={TASK_PAGE_SIZE} total={total} href={(page) => pageHref(path, params, page)} />
    </>
  );
}
