// POST /api/user/manage — enable, disable, promote, demote, delete or add_quota (admin)
import { withApi } from "@/lib/http/api-handler";
import { userManageSchema } from "@/lib/schemas/user";
import { manageUser } from "@/lib/users/manage-users";

export const POST = withApi({ role: "admin", body: userManageSchema }, async ({ user, body }) => manageUser(user, body.id, body));
