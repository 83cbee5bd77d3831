import { expect, test } from "vitest";
import { getOptions, setOption } from "../options/options";
import { assertConfiguredGroup, configuredGroups } from "./configured-groups";

test("only groups with a ratio can be assigned", async () => {
  await setOption("GroupRatio", JSON.stringify({ vip: 1.5, default: 1 }));
  const options = await getOptions();
  expect(configuredGroups(options)).toEqual(["default", "vip"]);
  expect(() => assertConfiguredGroup("vip", options)).not.toThrow();
  expect(() => assertConfiguredGroup("gold", options)).toThrow(/group "gold" does not exist/);
});
