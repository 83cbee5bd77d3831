import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { getMessages } from "@/lib/i18n/server";
import { getOptions, optionBool } from "@/lib/options/options";
import { hasAnyUser } from "@/lib/users/bootstrap-root";

export async function generateMetadata() {
  return { title: (await getMessages()).auth.registerTitle };
}

export default async function RegisterPage() {
  if (!(await hasAnyUser())) redirect("/setup");
  if (!optionBool(await getOptions(), "RegisterEnabled")) redirect("/login");
  const t = await getMessages();
  return (
    <AuthCard title={t.auth.registerTitle} description={t.auth.registerSubtitle}>
      <CredentialsForm mode="register" />
    </AuthCard>
  );
}
