"use server";
// Channel batch work from the admin page: enable, disable, delete or tag the chosen channels,
// and test every channel. Each checks the role itself and answers a sentence.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteChannels, setChannelsStatus, tagChannels } from "@/lib/channels/batch";
import { testAllChannels } from "@/lib/channels/test-channel";
import { fill } from "@/lib/i18n/format";
import { guard, type ActionResult } from "@/lib/portal/action-guard";

const batchSchema = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(500),
  op: z.enum(["enable", "disable", "delete", "tag"]),
  tag: z.string().trim().max(64).optional(),
});

export async function batchChannels(input: z.input<typeof batchSchema>): Promise<ActionResult> {
  const access = await guard("admin");
  if (access.refusal) return access.refusal;
  const { t } = access;
  const parsed = batchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t.channels.chooseFirst };
  const { ids, op, tag } = parsed.data;
  const count =
    op === "delete" ? await deleteChannels(ids)
    : op === "tag" ? await tagChannels(ids, tag ?? "")
    : await setChannelsStatus({ ids }, op === "enable");
  revalidatePath("/admin", "layout");
  return { ok: true, message: fill(t.channels.batchDone, { count }) };
}

export type TestAllResult = ActionResult<{ id: number; ok: boolean; message: string; ms: number }[]>;

export async function testEveryChannel(): Promise<TestAllResult> {
  const access = await guard("admin");
  if (access.refusal) return access.refusal;
  const results = await testAllChannels();
  revalidatePath("/admin/channels");
  const passed = results.filter((result) => result.ok).length;
  return {
    ok: true,
    message: fill(access.t.channels.testAllDone, { passed, total: results.length }),
    data: results.map((result) => ({ id: result.id, ok: result.ok, message: result.message, ms: Math.round(result.seconds * 1000) })),
  };
}
