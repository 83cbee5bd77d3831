// GET /mj/task/{id}/fetch — one of the caller's tasks, from our database
import { fetchTaskRoute } from "@/lib/relay/read-routes";

export const GET = fetchTaskRoute;
