"use server";
// The admin user form: profile (display name, group, role, password reset) and balance
// changes with a reason. Each checks the role itself and answers a sentence.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLE } from "@/lib/auth/roles";
import { thrownFailure } from "@/lib/i18n/submit-error";
import { getOptions } from "@/lib/options/options";
import { guard, type ActionResult } from "@/lib/portal/action-guard";
import { passwordField } from "@/lib/schemas/user";
import { assertConfiguredGroup } from "@/lib/users/configured-groups";
import { manageUser, updateUser } from "@/lib/users/manage-users";

const profileSchema = z.object({
  id: z.number().int().positive(),
  displayName: z.string().trim().max(64),
  group: z.string().trim().min(1).max(64),
  role: z.union([z.literal(ROLE.user), z.literal(ROLE.admin)]),
  password: z.union([passwordField, z.literal("")]),
});

const quotaSchema = z.object({
  id: z.number().int().positive(),
  mode: z.enum(["add", "subtract", "override"]),
  value: z.number().int().min(0).max(1e15),
  reason: z.string().trim().min(1).max(200),
});

function invalid(error: z.ZodError, message: string): ActionResult {
  return { ok: false, message, detail: error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
}

export async function saveUserProfile(input: z.input<typeof profileSchema>): Promise<ActionResult> {
  const access = await guard("admin");
  if (access.refusal) return access.refusal;
  const { user, t } = access;
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t.users.checkForm);
  const { id, displayName, group, role, password } = parsed.data;
  try {
    assertConfiguredGroup(group, await getOptions());
    await updateUser(user, id, { displayName, group, role, password: password || undefined });
  } catch (error) {
    return thrownFailure(t, error);
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, message: t.users.saved };
}

export async function changeUserQuota(input: z.input<typeof quotaSchema>): Promise<ActionResult> {
  const access = await guard("admin");
  if (access.refusal) return access.refusal;
  const { user, t } = access;
  const parsed = quotaSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues.some((issue) => issue.path[0] === "reason") ? t.users.reasonRequired : t.users.checkForm);
  const { id, mode, value, reason } = parsed.data;
  try {
    await manageUser(user, id, { action: "add_quota", mode, value, reason });
  } catch (error) {
    return thrownFailure(t, error);
  }
  revalidatePath(`/admin/users/${id}`);
  return { ok: true, message: t.users.quotaChanged };
}
