// GET /api/notify/self — your notify-hook deliveries with every attempt (?mj_id= to filter)
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { deliveryListQuery } from "@/lib/schemas/notify";
import { listDeliveries } from "@/lib/notify/deliveries";

export const GET = withApi({ role: "user", query: deliveryListQuery }, async ({ user, query }) => {
  const { items, total } = await listDeliveries(user.id, toSkipTake(query), query.mj_id);
  return pageOf(items, total, query);
});
