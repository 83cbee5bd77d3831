// The wrapper of every /mj/* handler: authenticates the API key, parses the body with the
// declared zod schema and renders errors as midjourney-proxy does ({code, description}).
import { NextResponse } from "next/server";
import type { z } from "zod";
import { authenticateRelayKey, type RelayCaller } from "../relay/authenticate-key";
import { requestMode, type Mode } from "../relay/mode";
import { getOptions } from "../options/options";
import { limitRelayKey } from "../rate-limit/limits";
import type { ApiError } from "./errors";
import { toApiError } from "./to-api-error";
import type { RelayRequest } from "./node-request";
import { checkedParams, parseOrThrow, readJsonBody } from "./validation";

type Params = Record<string, string | string[] | undefined>;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** A relay answer before it is written: the fast lane writes it itself, Next gets a Response. */
export interface RelayAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const relayAnswer = (body: unknown, status = 200): RelayAnswer => ({ status, body });

interface RelayContext<B> {
  request: RelayRequest;
  caller: RelayCaller;
  body: B;
  mode: Mode;
  params: Params;
}

type Answering = (request: RelayRequest, params: Params) => Promise<RelayAnswer>;

/** A relay handler: Next calls it with a Request; the fast lane calls its `answer` directly. */
export type RelayRoute = ((request: Request, routeContext: { params: Promise<Params> }) => Promise<Response>) & {
  answer(request: RelayRequest, params: Params | Promise<Params>): Promise<RelayAnswer>;
};

/** A relay handler that also tells what it accepts, so the OpenAPI document can be checked against it. */
export type KeyedRelayRoute = RelayRoute & { config: { role: "relay"; body?: z.ZodType } };

/** midjourney-proxy's code for an error that names none: 23 ("queue full", retry later) for back-off answers. */
function defaultMjCode(error: ApiError): number {
  if (error.code === "busy" || error.code === "rate_limited") return 23;
  return error.status >= 500 ? 9 : 4;
}

function errorAnswer(error: unknown): RelayAnswer {
  const apiError = toApiError(error);
  return {
    status: apiError.status,
    body: { code: apiError.mjCode ?? defaultMjCode(apiError), description: apiError.message, result: null, properties: {} },
    ...(apiError.retryAfter ? { headers: { "retry-after": String(apiError.retryAfter) } } : {}),
  };
}

function toResponse(answer: RelayAnswer): Response {
  return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
}

export function relayError(error: unknown): Response {
  return toResponse(errorAnswer(error));
}

/** A relay route from what it answers; any error becomes midjourney-proxy's envelope. */
export function relayRoute(answering: Answering): RelayRoute {
  // Next's params are a promise, rejected when the path holds a malformed %-escape.
  const answer = async (request: RelayRequest, params: Params | Promise<Params>): Promise<RelayAnswer> => {
    try {
      return await answering(request, (await params) ?? {});
    } catch (error) {
      return errorAnswer(error);
    }
  };
  const route = async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> =>
    toResponse(await answer(request, routeContext?.params ?? {}));
  return Object.assign(route, { answer });
}

export function withRelay<B extends z.ZodType | undefined = undefined>(
  config: { body?: B },
  handler: (ctx: RelayContext<Infer<B>>) => Promise<RelayAnswer>,
): KeyedRelayRoute {
  const route = relayRoute(async (request, params) => {
    const caller = await authenticateRelayKey(request);
    if (caller.token) await limitRelayKey(caller.token.id, await getOptions());
    const body = config.body ? parseOrThrow(config.body, await readJsonBody(request, { limit: "relay" })) : undefined;
    return handler({ request, caller, body: body as Infer<B>, mode: requestMode(request), params: checkedParams(params) });
  });
  return Object.assign(route, { config: { role: "relay" as const, body: config.body } });
}
