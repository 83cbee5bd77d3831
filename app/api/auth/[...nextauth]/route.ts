// Auth.js endpoints (sign-in pages, callbacks, session), behind a guard for bad input
import { handlers } from "@/lib/auth/next-auth";
import { guardAuthRoute } from "@/lib/auth/auth-route-guard";

export const GET = guardAuthRoute(handlers.GET);
export const POST = guardAuthRoute(handlers.POST);
