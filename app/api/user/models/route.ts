// GET /api/user/models — the models the caller's groups can reach (new-api's key model picker)
import { withApi } from "@/lib/http/api-handler";
import { modelsForGroups } from "@/lib/channels/served-models";
import { getOptions } from "@/lib/options/options";
import { usableGroups } from "@/lib/users/usable-groups";

export const GET = withApi({ role: "user" }, async ({ user }) => modelsForGroups(Object.keys(usableGroups(user.group, await getOptions()))));
