// GET/DELETE /api/user/{id} — one user (admin)
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { deleteUser, getUserOrThrow } from "@/lib/users/manage-users";
import { userOutput } from "@/lib/users/user-select";

export const GET = withApi({ role: "admin" }, async ({ params }) => userOutput(await getUserOrThrow(idParam(params))));

export const DELETE = withApi({ role: "admin" }, async ({ user, params }) => {
  await deleteUser(user, idParam(params));
  return null;
});
