import type { ReactNode } from "react";
import { AutoDisabledBanner } from "@/components/channels/auto-disabled-banner";
import { PortalShell } from "@/components/portal-shell";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return <PortalShell user={user} banner={hasRole(user.role, "admin") ? <AutoDisabledBanner /> : null}>{children}</PortalShell>;
}
