// POST /mj/task/list-by-condition — the caller's tasks among ids (strings or numbers)
import { NextResponse } from "next/server";
import { withRelay } from "@/lib/http/relay-handler";
import { relayViews } from "@/lib/relay/read-tasks";
import { listByConditionSchema } from "@/lib/schemas/relay";
import { getOwnTasks } from "@/lib/tasks/list-tasks";

export const POST = withRelay({ body: listByConditionSchema }, async ({ caller, body }) => {
  const tasks = await getOwnTasks(caller.user.id, body.ids);
  return NextResponse.json(await relayViews(tasks));
});
