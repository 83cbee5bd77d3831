// GET /api/mj/self — the caller's Midjourney tasks, newest first (seed format)
import { withApi } from "@/lib/http/api-handler";
import { apiTaskPage } from "@/lib/tasks/api-task-page";
import { selfTaskListQuery } from "@/lib/schemas/task";

export const GET = withApi({ role: "user", query: selfTaskListQuery }, async ({ user, query }) =>
  apiTaskPage(query, { userId: user.id, admin: false }),
);
