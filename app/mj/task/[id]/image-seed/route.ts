// GET /mj/task/{id}/image-seed — forwarded to the channel that ran the task
import { ApiError } from "@/lib/http/errors";
import { relayAnswer, withRelay } from "@/lib/http/relay-handler";
import { fetchImageSeed } from "@/lib/relay/image-seed";

export const GET = withRelay({}, async ({ caller, params }) => {
  const answer = await fetchImageSeed(caller.user.id, String(params.id));
  if (!answer) throw new ApiError("not_found", `No task ${params.id} of yours.`, 4);
  return relayAnswer(answer.body, answer.status);
});
