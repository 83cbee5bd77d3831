"use client";
import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "../ui/button";
import { FormError } from "../ui/form-error";
import { Field, Input } from "../ui/input";
import { useApiAction } from "../use-api-action";

/** Sign-in, first-run set-up (create the root user) or registration; the last two then sign in. */
export function CredentialsForm({ mode }: { mode: "login" | "setup" | "register" }) {
  const { t } = useI18n();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const { run, pending, error } = useApiAction();
  const setup = mode !== "login";

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { username: String(form.get("username") ?? ""), password: String(form.get("password") ?? "") };
    if (setup && !(await run(mode === "setup" ? "/api/setup" : "/api/user/register", { method: "POST", body: credentials }))) return;
    if (!(await run("/api/user/login", { method: "POST", body: credentials }))) return;
    startNavigation(() => {
      router.push("/dashboard");
      router.refresh();
    });
  }

  return (
    <form onSubmit={send} className="space-y-4">
      <Field id="username" label={t.auth.username} hint={setup ? t.auth.usernameHint : undefined}>
        <Input id="username" name="username" required autoComplete="username" autoFocus aria-describedby={setup ? "username-hint" : undefined} />
      </Field>
      <Field id="password" label={t.auth.password} hint={setup ? t.auth.passwordHint : undefined}>
        <Input
          id="password"
          name="password"
          type="password"
          required
          minLength={setup ? 8 : undefined}
          autoComplete={setup ? "new-password" : "current-password"}
          aria-describedby={setup ? "password-hint" : undefined}
        />
      </Field>
      <FormError message={error} />
      <Button type="submit" className="w-full" disabled={pending || navigating}>
        {mode === "setup" ? t.auth.createAdmin : mode === "register" ? t.auth.createAccount : t.auth.signIn}
      </Button>
    </form>
  );
}
