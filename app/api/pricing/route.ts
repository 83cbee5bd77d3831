// GET /api/pricing — per-call prices of every Midjourney model, group ratios (public)
import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { getOptions } from "@/lib/options/options";
import { pricingTable } from "@/lib/billing/pricing";

export const GET = withApi({ role: "public" }, async ({ user }) => {
  const table = pricingTable(await getOptions());
  // new-api puts group_ratio and usable_group beside data.
  return NextResponse.json({ success: true, message: "", ...table, usable_group: user ? { [user.group]: table.group_ratio[user.group] ?? 1 } : table.group_ratio });
});
