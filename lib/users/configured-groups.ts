// Groups that exist: the keys of GroupRatio. A user or key put in any other group could not be
// priced, so every form offers only these and every write checks.
import { ApiError } from "../http/errors";
import { optionJson, type Options } from "../options/options";

export function configuredGroups(options: Options): string[] {
  return Object.keys(optionJson<Record<string, number>>(options, "GroupRatio")).sort();
}

export function assertConfiguredGroup(group: string, options: Options): void {
  if (!configuredGroups(options).includes(group)) {
    throw new ApiError("bad_request", `The group "${group}" does not exist; add it to the group ratios first.`);
  }
}
