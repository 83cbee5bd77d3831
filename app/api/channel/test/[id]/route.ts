// GET /api/channel/test/{id} — check a channel is reachable and accepts its secret (admin)
import { NextResponse } from "next/server";
import { withApi } from "@/lib/http/api-handler";
import { idParam } from "@/lib/http/params";
import { testChannel } from "@/lib/channels/test-channel";

export const GET = withApi({ role: "admin" }, async ({ params }) => {
  const result = await testChannel(idParam(params));
  // new-api's shape: {success, message, time} at the top level, HTTP 200 either way (its front-end shows message).
  return NextResponse.json({ success: result.ok, message: result.message, time: result.seconds });
});
