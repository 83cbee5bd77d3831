import { getOptions } from "../options/options";
import { publicBaseUrl } from "../tasks/image-link";
import { relayTaskView, type TaskRow } from "../tasks/task-view";

/** Rows → midjourney-proxy task objects, image links on our configured public address. */
export async function relayViews(rows: TaskRow[]) {
  const options = await getOptions();
  const base = publicBaseUrl(options);
  return rows.map((row) => relayTaskView(row, options, base));
}
