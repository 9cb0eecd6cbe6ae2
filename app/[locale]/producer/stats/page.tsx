import { getTranslations } from "next-intl/server";
import { OrgHeader } from "@/components/impact/org-header";
import { SellerDashboard } from "@/components/impact/seller-dashboard";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { myOrgs, pickOrg, sellerStats } from "@/lib/impact/dashboards";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export default async function ProducerStatsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ org?: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["producer"], "/producer/stats");
  const t = await getTranslations("impact.dash");
  const orgs = await myOrgs(user.id, ["producer", "workshop"]);
  const org = pickOrg(orgs, (await searchParams).org);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{t("sellerTitle")}</h1>
      {org ? (
        <>
          <OrgHeader org={org} orgs={orgs} path="/producer/stats" />
          <SellerDashboard stats={await sellerStats(org.id)} />
        </>
      ) : (
        <EmptyState title={t("noOrg")} />
      )}
    </div>
  );
}
