import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { Card } from "@/components/ui/card";
import { formatFen } from "@/components/ui/money";
import { listBuyerOrgTargets } from "@/lib/admin/targets";
import { requireRole } from "@/lib/auth/guard";
import { chinaYear } from "@/lib/impact/range";
import { pageLocale } from "@/lib/i18n/page-locale";
import { adminAction } from "../actions";

export const dynamic = "force-dynamic";

export default async function TargetsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ year?: string }> }) {
  await pageLocale(params);
  await requireRole(["admin"], "/admin/targets");
  const y = Number.parseInt((await searchParams).year ?? "", 10);
  const year = y >= 2020 && y <= 2100 ? y : chinaYear();
  const [t, orgs] = await Promise.all([getTranslations("admin"), listBuyerOrgTargets(year)]);
  return (
    <AdminShell active="targets">
      <p className="text-base">{t("targets.lead")}</p>
      <form method="get" className="flex items-end gap-2">
        <div>
          <label htmlFor="year" className="block text-base font-medium">{t("targets.year")}</label>
          <input id="year" name="year" inputMode="numeric" defaultValue={year} className="mt-1 block min-h-11 w-28 rounded-lg border border-stone-400 px-3" />
        </div>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4">{t("form.search")}</button>
      </form>
      <ul className="grid gap-3 sm:grid-cols-2">
        {orgs.map((o) => (
          <li key={o.orgId}>
            <Card>
              <h2 className="text-lg font-bold">{o.name}</h2>
              <p className="text-base text-stone-700">
                {t(`orgKind.${o.kind as "trade_union"}`)} · {t("targets.current")}: {o.targetFen === null ? t("targets.notSet") : formatFen(o.targetFen)}
              </p>
              <ActionForm
                action={adminAction}
                op="set-purchase-target"
                idPrefix={`target-${o.orgId}`}
                hidden={{ orgId: o.orgId, year: String(year) }}
                fields={[{ name: "targetYuan", label: `${t("targets.target")} · ${year}`, inputMode: "decimal", required: true, defaultValue: o.targetFen === null ? "" : (o.targetFen / 100).toFixed(2) }]}
                submit={t("targets.save")}
                saved={t("form.saved")}
              />
            </Card>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
