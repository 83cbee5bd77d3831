// POST /mj/notify/{channelId}/{secret} — a channel's upstream pushes a task change (the notifyHook it was given)
import { NextResponse } from "next/server";
import { channelOfCallback } from "@/lib/channels/callback";
import { ApiError } from "@/lib/http/errors";
import { relayError } from "@/lib/http/relay-handler";
import { parseOrThrow, readJsonBody } from "@/lib/http/validation";
import { pushedTaskSchema } from "@/lib/schemas/relay";
import { applyPushedTask } from "@/lib/tasks/apply-push";

export async function POST(request: Request, { params }: { params: Promise<{ channelId: string; secret: string }> }) {
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
