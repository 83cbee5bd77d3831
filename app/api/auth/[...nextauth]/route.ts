// Auth.js endpoints (sign-in pages, callbacks, session)
import { handlers } from "@/lib/auth/next-auth";

export const { GET, POST } = handlers;
