import Link from "next/link";
import { cookies } from "next/headers";
import { isPhoneRequest } from "@/lib/http/device";
import { pageWindow } from "@/lib/http/pagination";
import { getMessages } from "@/lib/i18n/server";
import { listPortalTasks } from "@/lib/tasks/portal-tasks";
import { AutoRefresh } from "../auto-refresh";
import { Pagination, pageHref } from "../pagination";
import { ColumnPicker } from "./column-picker";
import { TaskCards } from "./task-cards";
import { parseTaskColumns, TASK_COLUMNS_COOKIE } from "./task-columns";
import { TaskGallery } from "./task-gallery";
import { PAGE_SIZES, taskFilter, taskSearchParams, type TaskListView, type TaskSearch } from "./task-search";
import { TaskTable } from "./task-table";
import { isActive } from "./task-status";

interface Props {
  search: TaskSearch;
  path: string;
  viewerId: number;
  /** All users' tasks (admin) instead of the viewer's own. */
  admin?: boolean;
}

/**
 * One page of tasks as a table (cards on phones: lib/http/device.ts) or a gallery. The page
 * re-renders itself: every 2 s while a task on it runs, else every 8 s so new tasks (also from
 * the API) show up.
 */
export async function TaskListSection({ search, path, viewerId, admin = false }: Props) {
  const pageSize = PAGE_SIZES[search.view];
  const [{ items, total }, t, jar, phone] = await Promise.all([
    listPortalTasks(taskFilter(search, admin ? undefined : viewerId), pageWindow(search.page, pageSize)),
    getMessages(),
    cookies(),
    isPhoneRequest(),
  ]);
  const layout = search.view === "table" && phone ? "cards" : search.view;
  const columns = parseTaskColumns(jar.get(TASK_COLUMNS_COOKIE)?.value, admin);
  const viewHref = (view: TaskListView) => pageHref(path, taskSearchParams(search, view), 1);
  const tab = (view: TaskListView, label: string) => (
    <Link href={viewHref(view)} aria-current={search.view === view ? "page" : undefined} className={`rounded-md px-2.5 py-1 text-xs font-medium ${search.view === view ? "bg-surface text-neutral-900 shadow-sm ring-1 ring-neutral-200" : "text-neutral-600 hover:text-neutral-900"}`}>
      {label}
    </Link>
  );
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <nav aria-label={t.tasks.view} className="flex gap-1 rounded-lg bg-neutral-100 p-1">
          {tab("table", t.tasks.viewTable)}
          {tab("gallery", t.tasks.viewGallery)}
        </nav>
        <div className="flex items-center gap-2">
          <p className="hidden text-xs text-neutral-500 lg:block">{t.tasks.liveHint}</p>
          {layout === "table" ? <ColumnPicker columns={columns} admin={admin} /> : null}
          <AutoRefresh intervalMs={items.some((task) => isActive(task.status)) ? 2000 : 8000} />
        </div>
      </div>
      {layout === "gallery" ? <TaskGallery tasks={items} admin={admin} t={t} /> : null}
      {layout === "cards" ? <TaskCards tasks={items} admin={admin} t={t} /> : null}
      {layout === "table" ? <TaskTable tasks={items} columns={columns} admin={admin} t={t} /> : null}
      <Pagination page={search.page} pageSize={pageSize} total={total} href={(page) => pageHref(path, taskSearchParams(search), page)} />
    </>
  );
}
