// GET /api/channel/update_balance/{id} — new-api's balance refresh; Midjourney proxies have no balance to report
import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { getChannelOrThrow } from "@/lib/channels/channels";

export const GET = withApi({ role: "admin" }, async ({ params }) => {
  await getChannelOrThrow(idParam(params));
  // new-api's front-end reads balance at the top level.
  return NextResponse.json({ success: false, message: "Midjourney proxies do not report a balance.", balance: 0 });
});
