// GET /api/user/self/groups — the groups the caller may give an API key: {name: {ratio, desc}}
import { withApi } from "@/lib/http/api-handler";
import { getOptions } from "@/lib/options/options";
import { usableGroups } from "@/lib/users/usable-groups";

export const GET = withApi({ role: "user" }, async ({ user }) => usableGroups(user.group, await getOptions()));
