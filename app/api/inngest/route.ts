// GET/POST/PUT /api/inngest — the Inngest endpoint (used when Inngest runs the background work;
// without INNGEST_DEV or Inngest keys the in-process driver does, and this answers a JSON 404)
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { fail } from "@/lib/http/api-handler";
import { ApiError } from "@/lib/http/errors";
import { inngestConfigured, readEnv } from "@/lib/env";

const handlers = serve({ client: inngest, functions });

type Handler = (typeof handlers)["GET"];

const whenConfigured = (handler: Handler): Handler => (async (...args: Parameters<Handler>) =>
  inngestConfigured(readEnv())
    ? handler(...args)
    : fail(new ApiError("no_route", "Inngest is not configured here: the background work runs in-process. Set INNGEST_DEV=1, or INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY."))) as Handler;

export const GET = whenConfigured(handlers.GET);
export const POST = whenConfigured(handlers.POST);
export const PUT = whenConfigured(handlers.PUT);
