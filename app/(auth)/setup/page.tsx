import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { getMessages } from "@/lib/i18n/server";
import { hasAnyUser } from "@/lib/users/bootstrap-root";

export async function generateMetadata() {
  return { title: (await getMessages()).auth.setupTitle };
}

export default async function SetupPage() {
  if (await hasAnyUser()) redirect("/login");
  const t = await getMessages();
  return (
    <AuthCard title={t.auth.setupTitle} description={t.auth.setupSubtitle}>
      <CredentialsForm mode="setup" />
    </AuthCard>
  );
}
