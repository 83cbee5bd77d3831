import { randomBytes } from "node:crypto";
import { getDb, type DbOrTx } from "../db";
import { hashPassword } from "../auth/password";
import { ApiError } from "../http/errors";
import { publicUserSelect } from "./user-select";

export interface NewUser {
  username: string;
  password: string;
  displayName?: string;
  role?: number;
  group?: string;
  quota?: bigint;
  githubId?: string;
}

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64url")}`;
}

export async function createUser(input: NewUser, db: DbOrTx = getDb()) {
  const taken = await db.user.findUnique({ where: { username: input.username }, select: { id: true } });
  if (taken) throw new ApiError("conflict", `The username "${input.username}" is taken.`);
  return db.user.create({
    data: {
      username: input.username,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName ?? input.username,
      role: input.role ?? 1,
      group: input.group ?? "default",
      quota: input.quota ?? 0n,
      githubId: input.githubId,
      webhookSecret: newWebhookSecret(),
    },
    select: publicUserSelect,
  });
}
