// POST /mj/notify/{channelId}/{secret} — a channel's upstream pushes a task change (the notifyHook it was given)
import { pushCallbackRoute } from "@/lib/relay/push-route";

export const POST = pushCallbackRoute;
