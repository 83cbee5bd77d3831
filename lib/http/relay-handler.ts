// The wrapper of every /mj/* handler: authenticates the API key, parses the body with the
// declared zod schema and renders errors as midjourney-proxy does ({code, description}).
import { NextResponse } from "next/server";
import type { z } from "zod";
import { authenticateRelayKey, type RelayCaller } from "../relay/authenticate-key";
import { requestMode, type Mode } from "../relay/mode";
import { toApiError } from "./to-api-error";
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

/** A relay handler that also tells what it accepts, so the OpenAPI document can be checked against it. */
export type RelayRoute = ((request: Request, routeContext: { params: Promise<Params> }) => Promise<Response>) & {
  config: { role: "relay"; body?: z.ZodType };
};

export function relayError(error: unknown): Response {
  const apiError = toApiError(error);
  const code = apiError.mjCode ?? (apiError.status >= 500 ? 9 : 4);
  return NextResponse.json({ code, description: apiError.message, result: null, properties: {} }, { status: apiError.status });
}

export function withRelay<B extends z.ZodType | undefined = undefined>(
  config: { body?: B },
  handler: (ctx: RelayContext<Infer<B>>) => Promise<Response>,
): RelayRoute {
  const route = async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    try {
      const caller = await authenticateRelayKey(request);
      const body = config.body ? parseOrThrow(config.body, await readJsonBody(request)) : undefined;
      const params = (await routeContext?.params) ?? {};
      return await handler({ request, caller, body: body as Infer<B>, mode: requestMode(request), params });
    } catch (error) {
      return relayError(error);
    }
  };
  return Object.assign(route, { config: { role: "relay" as const, body: config.body } });
}
