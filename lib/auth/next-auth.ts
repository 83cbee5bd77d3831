// Auth.js set-up: username/password (and GitHub when configured), JWT sessions.
// The JWT carries the user id and the session epoch it began in: role, status and epoch are read
// from the database on every request (lib/auth/session.ts), so a demotion, ban or logout takes effect at once.
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { clientIp } from "../net/client-ip";
import { checkCredentials } from "../rate-limit/login-throttle";
import { findOrCreateGithubUser } from "../users/github-user";
import { credentialsSchema } from "../schemas/user";
import { endSessions } from "../users/end-sessions";

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { username: { label: "Username" }, password: { label: "Password", type: "password" } },
    async authorize(raw, request) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      // Throttled like POST /api/user/login: a throttled attempt is a failed one here.
      const user = await checkCredentials(parsed.data.username, parsed.data.password, clientIp(request)).catch(() => null);
      return user ? { id: String(user.id), name: user.username, epoch: user.sessionEpoch } : null;
    },
  }),
];
if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) providers.push(GitHub);

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/login" },
  providers,
  events: {
    // Auth.js's own sign-out endpoint ends every session of the user too, not just this cookie.
    async signOut(message) {
      const uid = "token" in message ? (message.token?.uid as number | undefined) : undefined;
      if (uid) await endSessions(uid);
    },
  },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "github") return true;
      const user = await findOrCreateGithubUser(String(profile?.id ?? ""), String(profile?.login ?? ""));
      return Boolean(user);
    },
    async jwt({ token, user, account, profile }) {
      // The session remembers the epoch it began in (lib/auth/session.ts ends it when that moves on).
      if (account?.provider === "github") {
        const linked = await findOrCreateGithubUser(String(profile?.id ?? ""), String(profile?.login ?? ""));
        if (linked) Object.assign(token, { uid: linked.id, epoch: linked.sessionEpoch });
      } else if (user?.id) {
        Object.assign(token, { uid: Number(user.id), epoch: (user as { epoch?: number }).epoch ?? 0 });
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid as number | undefined, epoch: token.epoch as number | undefined };
    },
  },
});
