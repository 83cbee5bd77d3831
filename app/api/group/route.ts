// GET /api/group/ — group names (admin)
import { withApi } from "@/lib/http/api-handler";
import { getOptions, optionJson } from "@/lib/options/options";

export const GET = withApi({ role: "admin" }, async () => Object.keys(optionJson<Record<string, number>>(await getOptions(), "GroupRatio")));
