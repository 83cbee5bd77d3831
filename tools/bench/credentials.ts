// Credentials of a seeded user, made through the product's own functions and routes: an
// access token (management API), an API key (relay) and a portal session cookie.
import { issueAccessToken } from "../../lib/auth/access-token";
import { createToken } from "../../lib/tokens/tokens";
import type { Credentials } from "./context";
import { send } from "./load";

export async function credentialsFor(gateway: string, userId: number, password: string): Promise<Credentials> {
  const accessToken = await issueAccessToken(userId);
  const token = await createToken(userId, { name: "bench", unlimitedQuota: true });
  const login = await send({ url: `${gateway}/api/user/login`, body: { username: `bench_${userId}`, password } });
  const setCookie = login.headers["set-cookie"] ?? [];
  const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie]).map((c) => c.split(";")[0]).join("; ");
  if (!cookie.includes("session-token")) throw new Error(`bench: could not sign in as bench_${userId} (HTTP ${login.status}: ${login.body.slice(0, 200)})`);
  return { userId, accessToken, key: token.key, cookie };
}
