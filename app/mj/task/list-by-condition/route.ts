// POST /mj/task/list-by-condition — the caller's tasks among ids (strings or numbers)
import { listByConditionRoute } from "@/lib/relay/read-routes";

export const POST = listByConditionRoute;
