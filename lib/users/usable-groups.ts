// The groups a user may route and price their API keys through: their own group, and the
// groups an admin marks selectable for everyone (UserUsableGroups), as long as a ratio is
// configured for them (a group without a ratio cannot be priced).
import { optionJson, type Options } from "../options/options";

export interface UsableGroup { ratio: number; desc: string }

export function usableGroups(userGroup: string, options: Options): Record<string, UsableGroup> {
  const ratios = optionJson<Record<string, number>>(options, "GroupRatio");
  const selectable = optionJson<Record<string, string>>(options, "UserUsableGroups");
  const groups: Record<string, UsableGroup> = {};
  for (const [name, desc] of [[userGroup, selectable[userGroup] ?? "Your group"], ...Object.entries(selectable)] as [string, string][]) {
    if (ratios[name] !== undefined) groups[name] = { ratio: ratios[name], desc };
  }
  return groups;
}

/** "" (the key follows its owner's group) or one of the user's usable groups. */
export function isUsableGroup(group: string, userGroup: string, options: Options): boolean {
  return group === "" || Object.hasOwn(usableGroups(userGroup, options), group);
}
