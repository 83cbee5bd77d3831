// GET/PUT /api/option/ — settings: groups and ratios, prices, switches (root only)
import { z } from "zod";
import { withApi } from "@/lib/http/api-handler";
import { getOptions, invalidateOptions, setOption } from "@/lib/options/options";
import { validateOption } from "@/lib/options/validate-option";

export const GET = withApi({ role: "root" }, async () => {
  invalidateOptions();
  const options = await getOptions();
  return Object.entries(options).map(([key, value]) => ({ key, value }));
});

export const PUT = withApi({ role: "root", body: z.object({ key: z.string().min(1), value: z.unknown() }) }, async ({ body }) => {
  const option = validateOption(body.key, body.value);
  await setOption(option.key, option.value);
  return option;
});
