// POST /api/notify/{id}/redeliver — send one of your notify-hook events again
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { redeliver } from "@/lib/notify/deliveries";

export const POST = withApi({ role: "user" }, async ({ user, params }) => {
  await redeliver(user.id, idParam(params));
  return null;
});
