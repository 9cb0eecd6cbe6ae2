import { getTranslations } from "next-intl/server";
import { EmployerDashboard } from "@/components/impact/employer-dashboard";
import { OrgHeader } from "@/components/impact/org-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { employerStats, myOrgs, pickOrg } from "@/lib/impact/dashboards";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export default async function EmployerStatsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ org?: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["employer"], "/employer/stats");
  const t = await getTranslations("impact.dash");
  const orgs = await myOrgs(user.id, ["employer", "workshop"]);
  const org = pickOrg(orgs, (await searchParams).org);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{t("employerTitle")}</h1>
      {org ? (
        <>
          <OrgHeader org={org} orgs={orgs} path="/employer/stats" />
          <EmployerDashboard stats={await employerStats(org.id)} />
        </>
      ) : (
        <EmptyState title={t("noOrg")} />
      )}
    </div>
  );
}
