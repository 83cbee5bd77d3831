// GET /api/user/search?keyword=&group= — find users (admin)
import { z } from "zod";
import { withApi } from "@/lib/http/api-handler";
import { pageOf, pageQuery, toSkipTake } from "@/lib/http/pagination";
import { listUsers } from "@/lib/users/manage-users";
import { userOutput } from "@/lib/users/user-select";

export const GET = withApi({ role: "admin", query: pageQuery.extend({ keyword: z.string().max(100).optional(), group: z.string().max(64).optional() }) }, async ({ query }) => {
  const { items, total } = await listUsers(toSkipTake(query), query);
  return pageOf(items.map(userOutput), total, query);
});
