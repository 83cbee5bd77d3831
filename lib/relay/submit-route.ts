// The route handler of one submit kind: POST /mj/<kind.path>, run once per Idempotency-Key,
// answered with midjourney-proxy's envelope.
import { relayAnswer, withRelay, type KeyedRelayRoute } from "../http/relay-handler";
import { withIdempotency } from "./idempotency";
import { submitKind, type SubmitKindName } from "./submit-kinds";
import { submitTask } from "./submit-task";

export function submitRoute(name: SubmitKindName): KeyedRelayRoute {
  return withRelay({ body: submitKind(name).schema }, async ({ request, caller, body, mode }) => {
    const outcome = await withIdempotency(caller.token?.id ?? null, request.headers.get("idempotency-key"), (onReserved) =>
      submitTask({ caller, kind: name, body: body as Record<string, unknown>, mode, onReserved }),
    );
    return relayAnswer(outcome.envelope, outcome.status);
  });
}
