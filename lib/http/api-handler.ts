// The wrapper of every /api/* handler: resolves the caller (portal session, or access
// token + New-Api-User), checks the role, parses body and query with the declared zod
// schemas and answers in new-api's envelope {success, message, data}.
import { NextResponse } from "next/server";
import type { z } from "zod";
import { getSession, type SessionUser } from "../auth/session";
import { userFromAccessToken } from "../auth/access-token";
import { ROLE, type RoleName } from "../auth/roles";
import { ApiError, managementStatus } from "./errors";
import { getOptions } from "../options/options";
import { assertNewApiUser, assertNotCrossSite, isMutating } from "./csrf";
import { limitManagementAddress } from "../rate-limit/limits";
import { toApiError } from "./to-api-error";
import { checkedParams, parseOrThrow, queryObject, readJsonBody, type BodyLimit } from "./validation";

type Params = Record<string, string | string[] | undefined>;
export type ApiAccess = RoleName | "public";

export interface ApiConfig<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  role: ApiAccess;
  body?: B;
  query?: Q;
  /** Size limit of the body: "api" (MAX_BODY_BYTES_API, default) or "relay" for bodies with images. */
  bodyLimit?: BodyLimit;
  /** A GET that changes state (rotates a secret): guarded against cross-site requests like a POST. */
  changesState?: boolean;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface Context<B, Q, R extends ApiAccess> {
  request: Request;
  user: R extends "public" ? SessionUser | null : SessionUser;
  body: B;
  query: Q;
  params: Params;
}

/** A route handler that also tells what it accepts, so the OpenAPI document can be checked against it. */
export type ApiRoute = ((request: Request, routeContext: { params: Promise<Params> }) => Promise<Response>) & {
  config: ApiConfig<z.ZodType | undefined, z.ZodType | undefined>;
};

export function ok(data: unknown = null, message = ""): Response {
  return NextResponse.json({ success: true, message, data });
}

export function fail(error: unknown): Response {
  const apiError = toApiError(error);
  const headers = apiError.retryAfter ? { "retry-after": String(apiError.retryAfter) } : undefined;
  // reason (our addition to new-api's envelope) lets the portal say what went wrong in the viewer's language.
  return NextResponse.json({ success: false, message: apiError.message, reason: apiError.code }, { status: managementStatus[apiError.code] ?? 200, headers });
}

const SESSION_COOKIE = /(^|;\s*)(__Secure-)?authjs\.session-token(\.\d+)?=/;

/** Whether the request carries a portal session cookie (valid or not). */
export const hasSessionCookie = (request: Request) => SESSION_COOKIE.test(request.headers.get("cookie") ?? "");

export async function resolveCaller(request: Request): Promise<SessionUser | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) return userFromAccessToken(authorization, request.headers.get("new-api-user"));
  // No session cookie, no session: skip decoding (and Auth.js's request-scoped lookups).
  if (!hasSessionCookie(request)) return null;
  return getSession();
}

export function withApi<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, R extends ApiAccess = ApiAccess>(
  config: ApiConfig<B, Q> & { role: R },
  handler: (ctx: Context<Infer<B>, Infer<Q>, R>) => Promise<unknown>,
): ApiRoute {
  const route = async (request: Request, routeContext: { params: Promise<Params> }): Promise<Response> => {
    try {
      await limitManagementAddress(request);
      const viaCookie = !request.headers.get("authorization") && hasSessionCookie(request);
      const matchNewApiUser = isMutating(request, config.changesState) && assertNotCrossSite(request, await getOptions(), viaCookie);
      const user = await resolveCaller(request).catch((error) => {
        if (config.role === "public") return null;
        throw error;
      });
      if (config.role !== "public") {
        if (!user) throw new ApiError("unauthorized", "Not signed in: sign in, or send an access token with New-Api-User.");
        if (user.role < ROLE[config.role as RoleName]) throw new ApiError("role_required", "You do not have permission to do this.");
      }
      if (matchNewApiUser && user) assertNewApiUser(request, user.id);
      const body = config.body ? parseOrThrow(config.body, await readJsonBody(request, { limit: config.bodyLimit, requireJsonType: true })) : undefined;
      const query = config.query ? parseOrThrow(config.query, queryObject(request)) : undefined;
      const params = checkedParams((await routeContext?.params) ?? {});
      const result = await handler({ request, user: user as never, body: body as never, query: query as never, params });
      return result instanceof Response ? result : ok(result);
    } catch (error) {
      return fail(error);
    }
  };
  return Object.assign(route, { config });
}
