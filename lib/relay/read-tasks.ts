import { getOptions } from "../options/options";
import { publicBaseUrl } from "../tasks/image-link";
import { relayTaskView, type TaskRow } from "../tasks/task-view";

/** Rows → midjourney-proxy task objects, image links on the caller's view of our address. */
export async function relayViews(rows: TaskRow[], request: Request) {
  const options = await getOptions();
  const base = publicBaseUrl(options, request);
  return rows.map((row) => relayTaskView(row, options, base));
}
