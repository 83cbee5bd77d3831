// GET /api/mj/ — every user's Midjourney tasks (admin), filterable by channel_id
import { withApi } from "@/lib/http/api-handler";
import { apiTaskPage } from "@/lib/tasks/api-task-page";
import { taskListQuery } from "@/lib/schemas/task";

export const GET = withApi({ role: "admin", query: taskListQuery }, async ({ query }) => apiTaskPage(query, { admin: true }));
