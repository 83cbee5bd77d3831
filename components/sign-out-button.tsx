"use client";
import { useRouter } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "./ui/button";
import { useApiAction } from "./use-api-action";

export function SignOutButton() {
  const { t } = useI18n();
  const router = useRouter();
  const { run, pending } = useApiAction();

  async function signOut() {
    await run("/api/user/logout");
    router.push("/login");
    router.refresh();
  }

  return (
    <Button variant="ghost" size="sm" onClick={signOut} disabled={pending}>
      {t.nav.signOut}
    </Button>
  );
}
