// GET /api/portal/task/{mjId} — one of the caller's tasks as midjourney-proxy's task object (portal live view)
import { withApi } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";
import { relayViews } from "@/lib/relay/read-tasks";
import { getOwnTask } from "@/lib/tasks/list-tasks";

export const GET = withApi({ role: "user" }, async ({ user, params }) => {
  const task = await getOwnTask(user.id, String(params.mjId));
  if (!task) throw new ApiError("not_found", `No task ${params.mjId} of yours.`);
  const [view] = await relayViews([task]);
  return view;
});
