// GET /api/notify/self — your notify-hook deliveries with every attempt (?mj_id= to filter)
import { z } from "zod";
import { withApi } from "@/lib/http/api-handler";
import { pageOf, pageQuery, toSkipTake } from "@/lib/http/pagination";
import { listDeliveries } from "@/lib/notify/deliveries";

export const GET = withApi({ role: "user", query: pageQuery.extend({ mj_id: z.string().max(64).optional() }) }, async ({ user, query }) => {
  const { items, total } = await listDeliveries(user.id, toSkipTake(query), query.mj_id);
  return pageOf(items, total, query);
});
