// GET/PUT /api/option/ — settings: groups and ratios, prices, switches (root only)
import { withApi } from "@/lib/http/api-handler";
import { getOptions, invalidateOptions, setOption } from "@/lib/options/options";
import { validateOption } from "@/lib/options/validate-option";
import { optionUpdateSchema } from "@/lib/schemas/option";

export const GET = withApi({ role: "root" }, async () => {
  invalidateOptions();
  const options = await getOptions();
  return Object.entries(options).map(([key, value]) => ({ key, value }));
});

export const PUT = withApi({ role: "root", body: optionUpdateSchema }, async ({ body }) => {
  const option = validateOption(body.key, body.value);
  await setOption(option.key, option.value);
  return option;
});
