// GET /api/status — public site status, the fields new-api's front-end reads on every page
import { withApi } from "@/lib/http/api-handler";
import { getOptions } from "@/lib/options/options";
import { systemStatus } from "@/lib/system/status";
import { publicBaseUrl } from "@/lib/tasks/image-link";

export const GET = withApi({ role: "public" }, async () => {
  const options = await getOptions();
  return systemStatus(options, publicBaseUrl(options));
});
