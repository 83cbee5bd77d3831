"use client";
import useSWR from "swr";
import { fetchData } from "../api-client";
import { TaskTable, type TaskItem } from "./task-table";
import { isActive } from "./task-status";

interface TaskPage {
  items: TaskItem[];
  total: number;
  page: number;
  page_size: number;
}

interface Props {
  initial: TaskPage;
  pollUrl: string;
  admin: boolean;
  viewerId: number;
  /** Part of the cache key, so a fresh server render is never hidden behind older polled data. */
  renderedAt: number;
}

/** The server-rendered page, re-read every 3 s while any task on it is unfinished. */
export function LiveTaskTable({ initial, pollUrl, admin, viewerId, renderedAt }: Props) {
  const { data = initial } = useSWR([pollUrl, renderedAt], ([url]) => fetchData<TaskPage>(url), {
    fallbackData: initial,
    revalidateOnMount: false,
    revalidateOnFocus: false,
    refreshInterval: (latest) => ((latest ?? initial).items.some((task) => isActive(task.status)) ? 3000 : 0),
  });
  return <TaskTable tasks={data.items} admin={admin} viewerId={viewerId} />;
}
