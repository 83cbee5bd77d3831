"use server";
// Editing an API key after creation. The group must be one the owner may use.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { thrownFailure } from "@/lib/i18n/submit-error";
import { getOptions } from "@/lib/options/options";
import { guard, type ActionResult } from "@/lib/portal/action-guard";
import { tokenCreateSchema, tokenInputFrom } from "@/lib/schemas/token";
import { updateToken } from "@/lib/tokens/tokens";
import { isUsableGroup } from "@/lib/users/usable-groups";

const keyEditSchema = tokenCreateSchema.extend({ id: z.number().int().positive() });

export async function updateKey(input: z.input<typeof keyEditSchema>): Promise<ActionResult> {
  const access = await guard("user");
  if (access.refusal) return access.refusal;
  const { user, t } = access;
  const parsed = keyEditSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t.keys.checkForm, detail: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
  if (!isUsableGroup(parsed.data.group, user.group, await getOptions())) return { ok: false, message: t.keys.groupNotAllowed };
  try {
    await updateToken(user.id, parsed.data.id, tokenInputFrom(parsed.data));
  } catch (error) {
    return thrownFailure(t, error);
  }
  revalidatePath("/keys");
  return { ok: true, message: t.keys.saved };
}
