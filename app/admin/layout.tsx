import type { ReactNode } from "react";
import { PortalShell } from "@/components/portal-shell";
import { requireUser } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("admin");
  return <PortalShell user={user}>{children}</PortalShell>;
}
