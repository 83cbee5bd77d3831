import { pageOf, toSkipTake } from "../http/pagination";
import { getOptions } from "../options/options";
import { publicBaseUrl } from "./image-link";
import { listTasks } from "./list-tasks";
import { apiTaskItem } from "./task-view";
import type { TaskListQuery } from "../schemas/task";

/** One page of /api/mj/self (userId set) or /api/mj/ (admin, all users). */
export async function apiTaskPage(query: Omit<TaskListQuery, "channel_id"> & { channel_id?: number }, scope: { userId?: number; admin: boolean }) {
  const { items, total } = await listTasks(
    { userId: scope.userId, channelId: scope.admin ? query.channel_id : undefined, mjId: query.mj_id, startTimestamp: query.start_timestamp, endTimestamp: query.end_timestamp },
    toSkipTake(query),
  );
  const options = await getOptions();
  const base = publicBaseUrl(options);
  return pageOf(items.map((task) => apiTaskItem(task, options, base)), total, query);
}
