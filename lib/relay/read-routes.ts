// The relay's two hot reads, as route handlers: app/ mounts them for Next, and the fast lane
// (lib/relay/fast-lane.ts) serves the same handlers without Next's routing.
import { ApiError } from "../http/errors";
import { relayAnswer, withRelay } from "../http/relay-handler";
import { listByConditionSchema } from "../schemas/relay";
import { getOwnTask, getOwnTasks } from "../tasks/list-tasks";
import { relayViews } from "./read-tasks";

/** GET /mj/task/{id}/fetch: one of the caller's tasks, from our database. */
export const fetchTaskRoute = withRelay({}, async ({ caller, params }) => {
  const task = await getOwnTask(caller.user.id, String(params.id));
  if (!task) throw new ApiError("not_found", `No task ${params.id} of yours.`, 4);
  const [view] = await relayViews([task]);
  return relayAnswer(view);
});

/** POST /mj/task/list-by-condition: the caller's tasks among ids (strings or numbers). */
export const listByConditionRoute = withRelay({ body: listByConditionSchema }, async ({ caller, body }) => {
  const tasks = await getOwnTasks(caller.user.id, body.ids);
  return relayAnswer(await relayViews(tasks));
});
