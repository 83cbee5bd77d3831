// The route handler of the upstreams' push callbacks: app/ mounts it for Next, and the fast
// lane (lib/relay/fast-lane.ts) serves it without Next's routing.
import { NextResponse } from "next/server";
import { channelOfCallback } from "../channels/callback";
import { ApiError } from "../http/errors";
import { relayError } from "../http/relay-handler";
import { parseOrThrow, readJsonBody } from "../http/validation";
import { pushedTaskSchema } from "../schemas/relay";
import { applyPushedTask } from "../tasks/apply-push";

/** POST /mj/notify/{channelId}/{secret}: a channel's upstream pushes a task change (the notifyHook it was given). */
export async function pushCallbackRoute(request: Request, { params }: { params: Promise<{ channelId: string; secret: string }> }): Promise<Response> {
  try {
    const { channelId, secret } = await params;
    const channel = await channelOfCallback(Number(channelId), secret);
    if (!channel) throw new ApiError("not_found", "No such callback.", 4);
    const task = parseOrThrow(pushedTaskSchema, await readJsonBody(request));
    const outcome = await applyPushedTask(channel.id, task);
    return NextResponse.json({ code: 1, description: outcome, result: task.id, properties: {} });
  } catch (error) {
    return relayError(error);
  }
}
