import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { newWebhookSecret } from "./create-user";
import { END_SESSIONS } from "./end-sessions";
import { publicUserSelect } from "./user-select";

export async function updateSelf(userId: number, update: { displayName?: string; password?: string; originalPassword?: string }) {
  const db = getDb();
  let passwordHash: string | undefined;
  if (update.password) {
    const { passwordHash: current } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    if (!update.originalPassword || !(await verifyPassword(update.originalPassword, current))) {
      throw new ApiError("bad_request", "original_password is wrong: give your current password to set a new one.");
    }
    passwordHash = await hashPassword(update.password);
  }
  // A new password ends every session, the current one included: whoever knew the old one is out.
  return db.user.update({ where: { id: userId }, data: { displayName: update.displayName, passwordHash, ...(passwordHash ? END_SESSIONS : {}) }, select: publicUserSelect });
}

export async function getWebhookSecret(userId: number): Promise<string> {
  return (await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { webhookSecret: true } })).webhookSecret;
}

export async function rotateWebhookSecret(userId: number): Promise<string> {
  const secret = newWebhookSecret();
  await getDb().user.update({ where: { id: userId }, data: { webhookSecret: secret }, select: { id: true } });
  return secret;
}
