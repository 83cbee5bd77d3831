// GET/POST/PUT /api/user/ — users (admin): list, create, update
import { withApi } from "@/lib/http/api-handler";
import { pageOf, toSkipTake } from "@/lib/http/pagination";
import { userCreateSchema, userListQuery, userUpdateSchema } from "@/lib/schemas/user";
import { createUser } from "@/lib/users/create-user";
import { assertConfiguredGroup } from "@/lib/users/configured-groups";
import { getOptions } from "@/lib/options/options";
import { listUsers, updateUser } from "@/lib/users/manage-users";
import { assertCanGrantRole } from "@/lib/users/permissions";
import { userOutput } from "@/lib/users/user-select";

export const GET = withApi({ role: "admin", query: userListQuery }, async ({ query }) => {
  const { items, total } = await listUsers(toSkipTake(query));
  return pageOf(items.map(userOutput), total, query);
});

export const POST = withApi({ role: "admin", body: userCreateSchema }, async ({ user, body }) => {
  assertCanGrantRole(user, body.role);
  assertConfiguredGroup(body.group, await getOptions());
  const created = await createUser({ username: body.username, password: body.password, displayName: body.display_name, role: body.role, group: body.group, quota: BigInt(body.quota) });
  return userOutput(created);
});

export const PUT = withApi({ role: "admin", body: userUpdateSchema }, async ({ user, body }) =>
  userOutput(await updateUser(user, body.id, { username: body.username, displayName: body.display_name, group: body.group, quota: body.quota, password: body.password || undefined, role: body.role })),
);
