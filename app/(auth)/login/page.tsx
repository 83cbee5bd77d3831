import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { GithubSignIn, githubConfigured } from "@/components/auth/github-sign-in";
import { getSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { hasAnyUser } from "@/lib/users/bootstrap-root";
import { getOptions, optionBool } from "@/lib/options/options";

export async function generateMetadata() {
  return { title: (await getMessages()).auth.signInTitle };
}

export default async function LoginPage() {
  if (await getSession()) redirect("/dashboard");
  const [t, anyUser, options] = await Promise.all([getMessages(), hasAnyUser(), getOptions()]);
  return (
    <AuthCard title={t.auth.signInTitle} description={t.auth.signInSubtitle}>
      <CredentialsForm mode="login" />
      {githubConfigured() ? <GithubSignIn label={t.auth.github} /> : null}
      {anyUser && optionBool(options, "RegisterEnabled") ? (
        <p className="text-center text-sm text-neutral-500">
          {t.auth.noAccount}{" "}
          <Link href="/register" className="font-medium text-indigo-700 hover:underline">{t.auth.registerLink}</Link>
        </p>
      ) : null}
      {anyUser ? null : (
        <p className="text-center text-sm text-neutral-500">
          {t.auth.firstRun}{" "}
          <Link href="/setup" className="font-medium text-indigo-700 hover:underline">{t.auth.setupLink}</Link>
        </p>
      )}
    </AuthCard>
  );
}
