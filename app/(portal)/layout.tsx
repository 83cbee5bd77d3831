import type { ReactNode } from "react";
import { PortalShell } from "@/components/portal-shell";
import { requireUser } from "@/lib/auth/session";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return <PortalShell user={user}>{children}</PortalShell>;
}
