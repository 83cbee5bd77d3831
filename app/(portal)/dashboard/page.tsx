import { DashboardAdminTables } from "@/components/dashboard/admin-tables";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { RangeNav } from "@/components/dashboard/range-nav";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/dashboard/load";
import { lastDays } from "@/lib/dashboard/range";
import { getMessages } from "@/lib/i18n/server";
import { getTimeZone } from "@/lib/theme/server";

const RANGES = [7, 30, 90] as const;

export async function generateMetadata() {
  return { title: (await getMessages()).dashboard.title };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ days?: string; scope?: string }> }) {
  const [user, t, timeZone, params] = await Promise.all([requireUser(), getMessages(), getTimeZone(), searchParams]);
  const days = RANGES.find((n) => String(n) === params.days) ?? 7;
  const admin = hasRole(user.role, "admin");
  // Admins see everyone's figures unless they ask for their own.
  const everyone = admin && params.scope !== "mine";
  const data = await loadDashboard({ ...lastDays(days, Date.now(), timeZone), userId: everyone ? undefined : user.id }, everyone);
  return (
    <>
      <PageHeader title={t.dashboard.title} description={everyone ? t.dashboard.adminSubtitle : t.dashboard.subtitle}>
        <RangeNav days={days} ranges={RANGES} scope={admin ? (everyone ? "all" : "mine") : undefined} t={t} />
      </PageHeader>
      <div className="space-y-6">
        <DashboardView data={data} balance={Number(user.quota)} t={t} />
        {everyone ? <DashboardAdminTables data={data} t={t} /> : null}
      </div>
    </>
  );
}
