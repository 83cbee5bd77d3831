// A key's group decides its price ratio and its channels, so a user may only give a key a
// group they are allowed to use (new-api's UserUsableGroups): their own, or one an admin
// marks selectable. "" means the key follows its owner's group.
import { getDb, type DbOrTx } from "../db";
import { ApiError } from "../http/errors";
import { getOptions } from "../options/options";
import { isUsableGroup, usableGroups } from "../users/usable-groups";

export async function assertUsableKeyGroup(userId: number, group: string, db: DbOrTx = getDb()): Promise<void> {
  if (!group) return;
  const [owner, options] = await Promise.all([db.user.findUniqueOrThrow({ where: { id: userId }, select: { group: true } }), getOptions()]);
  if (isUsableGroup(group, owner.group, options)) return;
  const allowed = Object.keys(usableGroups(owner.group, options));
  throw new ApiError(
    "bad_request",
    `You may not give an API key the group "${group}". Use ${allowed.length ? allowed.map((g) => `"${g}"`).join(", ") : "no group"}, or leave the group empty to follow your own.`,
  );
}
