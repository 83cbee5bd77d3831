import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { USER_STATUS } from "../auth/roles";
import { getOptions, optionBool } from "../options/options";
import { createUser } from "./create-user";

/** The user linked to a GitHub account; created on first sign-in when registration is open. */
export async function findOrCreateGithubUser(githubId: string, login: string) {
  if (!githubId) return null;
  const db = getDb();
  const linked = await db.user.findUnique({ where: { githubId }, select: { id: true, status: true, sessionEpoch: true } });
  if (linked) return linked.status === USER_STATUS.enabled ? linked : null;
  if (!optionBool(await getOptions(), "RegisterEnabled")) return null;
  let username = `github_${login || githubId}`.slice(0, 60);
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) username = `${username}_${githubId}`;
  const user = await createUser({ username, password: randomBytes(24).toString("hex"), githubId });
  return { id: user.id, status: user.status, sessionEpoch: 0 };
}
