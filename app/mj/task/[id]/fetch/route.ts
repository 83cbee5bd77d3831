// GET /mj/task/{id}/fetch — one of the caller's tasks, from our database
import { NextResponse } from "next/server";
import { ApiError } from "@/lib/http/errors";
import { withRelay } from "@/lib/http/relay-handler";
import { relayViews } from "@/lib/relay/read-tasks";
import { getOwnTask } from "@/lib/tasks/list-tasks";

export const GET = withRelay({}, async ({ caller, params }) => {
  const task = await getOwnTask(caller.user.id, String(params.id));
  if (!task) throw new ApiError("not_found", `No task ${params.id} of yours.`, 4);
  const [view] = await relayViews([task]);
  return NextResponse.json(view);
});
