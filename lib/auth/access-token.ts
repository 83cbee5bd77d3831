// new-api's access tokens for scripts: Authorization: <token> (Bearer optional) together
// with New-Api-User: <id>, which must name the token's own user.
import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { loadActiveUser } from "../users/load-active-user";
import type { PublicUser as SessionUser } from "../users/user-select";

export function newAccessToken(): string {
  return randomBytes(24).toString("base64url");
}

export async function issueAccessToken(userId: number): Promise<string> {
  const token = newAccessToken();
  await getDb().user.update({ where: { id: userId }, data: { accessToken: token }, select: { id: true } });
  return token;
}

export async function userFromAccessToken(authorization: string, newApiUser: string | null): Promise<SessionUser> {
  const token = authorization.replace(/^Bearer\s+/i, "").trim();
  if (!token) throw new ApiError("unauthorized", "Not signed in: send a session cookie or an access token.");
  const owner = await getDb().user.findUnique({ where: { accessToken: token }, select: { id: true } });
  if (!owner) throw new ApiError("unauthorized", "The access token is not valid.");
  if (!newApiUser || !/^\d+$/.test(newApiUser.trim()) || Number(newApiUser) !== owner.id) {
    throw new ApiError("unauthorized", "The New-Api-User header must carry the id of the access token's user.");
  }
  const user = await loadActiveUser(owner.id);
  if (!user) throw new ApiError("forbidden", "This user is disabled.");
  return user;
}
