// GET /api/user/search?keyword=&group= — find users (admin)
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { userSearchQuery } from "@/lib/schemas/user";
import { listUsers } from "@/lib/users/manage-users";
import { userOutput } from "@/lib/users/user-select";

export const GET = withApi({ role: "admin", query: userSearchQuery }, async ({ query }) => {
  const { items, total } = await listUsers(toSkipTake(query), query);
  return pageOf(items.map(userOutput), total, query);
});
