// The wrapper of every /mj/* handler: authenticates the API key, parses the body with the
// declared zod schema and renders errors as midjourney-proxy does ({code, description}).
import { NextResponse } from "next/server";
import type { z } from "zod";
import { authenticateRelayKey, type RelayCaller } from "../relay/authenticate-key";
import { requestMode, type Mode } from "../relay/mode";
import type { ApiError } from "./errors";
import { toApiError } from "./to-api-error";
import { checkedParams, parseOrThrow, readJsonBody } from "./validation";

type Params = Record<string, string | string[] | undefined>;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface RelayContext<B> {
  request: Request;
  caller: RelayCaller;
  body: B;
  mode: Mode;
  params: Params;
}

/** A relay handler that also tells what it accepts, so the OpenAPI document can be checked against it. */
export type RelayRoute = ((request: Request, routeContext: { params: Promise<Params> }) => Promise<Response>) & {
  config: { role: "relay"; body?: z.ZodType };
};

/** midjourney-proxy's code for an error that names none: 23 ("queue full", retry later) for back-off answers. */
function defaultMjCode(error: ApiError): number {
  if (error.code === "busy" || error.code === "rate_limited") return 23;
  return error.status >= 500 ? 9 : 4;
}

export function relayError(error: unknown): Response {
  const apiError = toApiError(error);
  const headers = apiError.retryAfter ? { "retry-after": String(apiError.retryAfter) } : undefined;
  return NextResponse.json(
    { code: apiError.mjCode ?? defaultMjCode(apiError), description: apiError.message, result: null, properties: {} },
    { status: apiError.status, headers },
  );
}

export function withRelay<B extends z.ZodType | undefined = undefined>(
  config: { body?: B },
  handler: (ctx: RelayContext<Infer<B>>) => Promise<Response>,
): RelayRoute {
  const route = async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    try {
      const caller = await authenticateRelayKey(request);
      const body = config.body ? parseOrThrow(config.body, await readJsonBody(request, { limit: "relay" })) : undefined;
      const params = checkedParams((await routeContext?.params) ?? {});
      return await handler({ request, caller, body: body as Infer<B>, mode: requestMode(request), params });
    } catch (error) {
      return relayError(error);
    }
  };
  return Object.assign(route, { config: { role: "relay" as const, body: config.body } });
}
