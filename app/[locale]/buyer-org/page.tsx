import { getTranslations } from "next-intl/server";
import { ChartWithTable } from "@/components/impact/chart-with-table";
import { OrgHeader } from "@/components/impact/org-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatFen, formatMonth } from "@/components/ui/money";
import { requireRole } from "@/lib/auth/guard";
import { buyerOrgProgress, myOrgs, pickOrg } from "@/lib/impact/dashboards";
import { chinaYear } from "@/lib/impact/range";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export default async function BuyerOrgPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ org?: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole(["buyer"], "/buyer-org");
  const [t, ti] = await Promise.all([getTranslations("impact.dash"), getTranslations("impact")]);
  const orgs = await myOrgs(user.id, ["buyer"]);
  const org = pickOrg(orgs, (await searchParams).org);
  const p = org ? await buyerOrgProgress(org.id, chinaYear()) : null;
  const pct = p && p.targetFen ? Math.min(100, (p.purchasedFen / p.targetFen) * 100) : 0;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{t("buyerOrgTitle")}</h1>
      {org && p ? (
        <>
          <OrgHeader org={org} orgs={orgs} path="/buyer-org" />
          <Card>
            <dl className="grid grid-cols-fit-2 gap-3 sm:grid-cols-fit-4">
              <div>
                <dt className="text-sm text-stone-700">{t("target")} {p.year}</dt>
                <dd className="text-2xl font-bold wrap-anywhere">{p.targetFen === null ? "—" : formatFen(p.targetFen)}</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-700">{t("purchased")}</dt>
                <dd className="text-2xl font-bold wrap-anywhere text-tea-700">{formatFen(p.purchasedFen)}</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-700">{t("progress")}</dt>
                <dd className="text-2xl font-bold wrap-anywhere">{p.targetFen ? `${pct.toFixed(1)}%` : "—"}</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-700">{t("certifiedShare")}</dt>
                <dd className="text-2xl font-bold wrap-anywhere">{p.purchasedFen > 0 ? `${((p.certifiedFen / p.purchasedFen) * 100).toFixed(1)}%` : "—"}</dd>
              </div>
            </dl>
            {p.targetFen ? (
              <progress className="mt-3 h-4 w-full accent-tea-600" value={Math.round(pct * 10)} max={1000} aria-label={t("progress")}>
                {pct.toFixed(1)}%
              </progress>
            ) : (
              <p className="mt-3">{t("noTarget")}</p>
            )}
            <p className="mt-2 text-sm text-stone-700">{t("countedNote")}</p>
          </Card>
          <ChartWithTable id="buyer-months" title={t("purchasesByMonth")} unit="fen" headers={[ti("month"), ti("amount")]} locale={locale} rows={p.byMonth.map((m) => ({ label: formatMonth(m.month, locale), tick: formatMonth(m.month, locale, true), value: m.fen }))} />
        </>
      ) : (
        <EmptyState title={t("noOrg")} />
      )}
    </div>
  );
}
