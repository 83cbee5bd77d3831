// Auth.js set-up: username/password (and GitHub when configured), JWT sessions.
// The JWT only carries the user id: role and status are read from the database on
// every request (lib/auth/session.ts), so a demotion or ban takes effect at once.
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { authenticateUser } from "../users/authenticate-user";
import { findOrCreateGithubUser } from "../users/github-user";
import { credentialsSchema } from "../schemas/user";

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { username: { label: "Username" }, password: { label: "Password", type: "password" } },
    async authorize(raw) {
      const parsed = credentialsSchema.safeParse(raw);
      if (!parsed.success) return null;
      const user = await authenticateUser(parsed.data.username, parsed.data.password);
      return user ? { id: String(user.id), name: user.username } : null;
    },
  }),
];
if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) providers.push(GitHub);

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/login" },
  providers,
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "github") return true;
      const user = await findOrCreateGithubUser(String(profile?.id ?? ""), String(profile?.login ?? ""));
      return Boolean(user);
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === "github") {
        const linked = await findOrCreateGithubUser(String(profile?.id ?? ""), String(profile?.login ?? ""));
        if (linked) token.uid = linked.id;
      } else if (user?.id) {
        token.uid = Number(user.id);
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid as number | undefined };
    },
  },
});
