// Admin operations on users. Every change checks the actor's role against the target's.
import { assertConfiguredGroup } from "./configured-groups";
import { getOptions } from "../options/options";
import { getDb } from "../db";
import { ApiError } from "../http/errors";
import { hashPassword } from "../auth/password";
import { ROLE, USER_STATUS } from "../auth/roles";
import { writeLog } from "../billing/log";
import { LOG_TYPE } from "../billing/units";
import { assertCanGrantRole, assertCanManage } from "./permissions";
import { END_SESSIONS } from "./end-sessions";
import { publicUserSelect } from "./user-select";

interface Actor { id: number; role: number; username: string }

export async function getUserOrThrow(id: number) {
  const user = await getDb().user.findUnique({ where: { id }, select: publicUserSelect });
  if (!user) throw new ApiError("not_found", `No user with id ${id}.`);
  return user;
}

export async function listUsers(page: { skip: number; take: number }, filter: { keyword?: string; group?: string } = {}) {
  const keyword = filter.keyword?.trim();
  const where = {
    ...(keyword ? { OR: [{ username: { contains: keyword } }, { displayName: { contains: keyword } }, { email: { contains: keyword } }, ...(/^\d+$/.test(keyword) ? [{ id: Number(keyword) }] : [])] } : {}),
    ...(filter.group ? { group: filter.group } : {}),
  };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.user.findMany({ where, select: publicUserSelect, orderBy: { id: "desc" }, skip: page.skip, take: page.take }),
    db.user.count({ where }),
  ]);
  return { items, total };
}

export interface UserUpdate { username?: string; displayName?: string; group?: string; quota?: number; password?: string; role?: number }

export async function updateUser(actor: Actor, id: number, update: UserUpdate) {
  const target = await getUserOrThrow(id);
  assertCanManage(actor, target);
  if (update.role !== undefined) assertCanGrantRole(actor, update.role);
  if (update.group !== undefined && update.group !== target.group) assertConfiguredGroup(update.group, await getOptions());
  if (update.username && update.username !== target.username) {
    const taken = await getDb().user.findUnique({ where: { username: update.username }, select: { id: true } });
    if (taken) throw new ApiError("conflict", `The username "${update.username}" is taken.`);
  }
  const endsSessions = Boolean(update.password) || (update.role !== undefined && update.role !== target.role);
  return getDb().user.update({
    where: { id },
    data: {
      username: update.username, displayName: update.displayName, group: update.group, role: update.role,
      quota: update.quota === undefined ? undefined : BigInt(update.quota),
      passwordHash: update.password ? await hashPassword(update.password) : undefined,
      ...(endsSessions ? END_SESSIONS : {}),
    },
    select: publicUserSelect,
  });
}

export async function deleteUser(actor: Actor, id: number) {
  assertCanManage(actor, await getUserOrThrow(id));
  await getDb().user.delete({ where: { id } });
}

export type ManageAction =
  | { action: "enable" | "disable" | "promote" | "demote" | "delete" }
  | { action: "add_quota"; mode: "add" | "subtract" | "override"; value: number; reason?: string };

/** POST /api/user/manage; answers {role, status} as new-api (quota too for add_quota). */
export async function manageUser(actor: Actor, id: number, command: ManageAction) {
  const target = await getUserOrThrow(id);
  assertCanManage(actor, target);
  const db = getDb();
  switch (command.action) {
    case "enable":
    case "disable": {
      const status = command.action === "enable" ? USER_STATUS.enabled : USER_STATUS.disabled;
      const user = await db.user.update({ where: { id }, data: { status, ...(status === USER_STATUS.disabled ? END_SESSIONS : {}) }, select: { role: true, status: true } });
      return user;
    }
    case "promote":
      if (actor.role < ROLE.root) throw new ApiError("forbidden", "Only root can promote users.");
      if (target.role >= ROLE.admin) throw new ApiError("bad_request", "This user is an admin already.");
      return db.user.update({ where: { id }, data: { role: ROLE.admin, ...END_SESSIONS }, select: { role: true, status: true } });
    case "demote":
      if (target.role === ROLE.user) throw new ApiError("bad_request", "This user is a common user already.");
      return db.user.update({ where: { id }, data: { role: ROLE.user, ...END_SESSIONS }, select: { role: true, status: true } });
    case "delete":
      await db.user.delete({ where: { id } });
      return { role: target.role, status: target.status };
    case "add_quota":
      return changeQuota(actor, target, command.mode, command.value, command.reason);
  }
}

async function changeQuota(actor: Actor, target: { id: number; username: string; quota: bigint }, mode: "add" | "subtract" | "override", value: number, reason = "") {
  const amount = BigInt(value);
  const db = getDb();
  return db.$transaction(async (tx) => {
    let user;
    if (mode === "override") {
      user = await tx.user.update({ where: { id: target.id }, data: { quota: amount }, select: { role: true, status: true, quota: true } });
    } else if (mode === "add") {
      user = await tx.user.update({ where: { id: target.id }, data: { quota: { increment: amount } }, select: { role: true, status: true, quota: true } });
    } else {
      const { count } = await tx.user.updateMany({ where: { id: target.id, quota: { gte: amount } }, data: { quota: { decrement: amount } } });
      if (count !== 1) throw new ApiError("bad_request", "The user's balance is smaller than the amount to subtract.");
      user = await tx.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true, status: true, quota: true } });
    }
    await writeLog(tx, {
      userId: target.id, type: LOG_TYPE.manage, quota: amount, username: target.username,
      content: `${actor.username} ${mode === "override" ? "set the balance to" : mode === "add" ? "added" : "subtracted"} ${value} quota${reason ? `: ${reason}` : ""}`,
      other: { mode, admin_id: actor.id, ...(reason ? { reason } : {}) },
    });
    return { role: user.role, status: user.status, quota: Number(user.quota) };
  });
}
