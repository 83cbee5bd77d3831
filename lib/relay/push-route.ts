// The route handler of the upstreams' push callbacks: app/ mounts it for Next, and the fast
// lane (lib/relay/fast-lane.ts) serves it without Next's routing.
import { channelOfCallback } from "../channels/callback";
import { ApiError } from "../http/errors";
import { relayAnswer, relayRoute } from "../http/relay-handler";
import { parseOrThrow, readJsonBody } from "../http/validation";
import { pushedTaskSchema } from "../schemas/relay";
import { applyPushedTask } from "../tasks/apply-push";

/** POST /mj/notify/{channelId}/{secret}: a channel's upstream pushes a task change (the notifyHook it was given). */
export const pushCallbackRoute = relayRoute(async (request, params) => {
  const channel = await channelOfCallback(Number(params.channelId), String(params.secret));
  if (!channel) throw new ApiError("not_found", "No such callback.", 4);
  const task = parseOrThrow(pushedTaskSchema, await readJsonBody(request));
  const outcome = await applyPushedTask(channel.id, task);
  return relayAnswer({ code: 1, description: outcome, result: task.id, properties: {} });
});
