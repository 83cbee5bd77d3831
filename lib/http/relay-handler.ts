// The wrapper of every /mj/* handler: authenticates the API key, parses the body with the
// declared zod schema and renders errors as midjourney-proxy does ({code, description}).
import { NextResponse } from "next/server";
import type { z } from "zod";
import { authenticateRelayKey, type RelayCaller } from "../relay/authenticate-key";
import type { Mode } from "../relay/submit-task";
import { toApiError } from "./errors";
import { parseOrThrow, readJsonBody } from "./validation";

type Params = Record<string, string | string[] | undefined>;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface RelayContext<B> {
  request: Request;
  caller: RelayCaller;
  body: B;
  mode: Mode;
  params: Params;
}

export function relayError(error: unknown): Response {
  const apiError = toApiError(error);
  const code = apiError.mjCode ?? (apiError.status >= 500 ? 9 : 4);
  return NextResponse.json({ code, description: apiError.message, result: null, properties: {} }, { status: apiError.status });
}

/** The speed mode of /mj-fast|relax|turbo/mj/… (next.config rewrites it into __mode). */
export function requestMode(request: Request): Mode {
  const mode = new URL(request.url).searchParams.get("__mode");
  return mode === "fast" || mode === "relax" || mode === "turbo" ? mode : "";
}

export function withRelay<B extends z.ZodType | undefined = undefined>(
  config: { body?: B },
  handler: (ctx: RelayContext<Infer<B>>) => Promise<Response>,
) {
  return async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    try {
      const caller = await authenticateRelayKey(request);
      const body = config.body ? parseOrThrow(config.body, await readJsonBody(request)) : undefined;
      const params = (await routeContext?.params) ?? {};
      return await handler({ request, caller, body: body as Infer<B>, mode: requestMode(request), params });
    } catch (error) {
      return relayError(error);
    }
  };
}
