import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { TableScroll } from "@/components/layout/table-scroll";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listPairings, listRegions } from "@/lib/admin/pairings";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";
import { adminAction } from "../actions";

export const dynamic = "force-dynamic";

export default async function PairingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireRole(["admin"], "/admin/pairings");
  const [t, pairs, regions] = await Promise.all([getTranslations("admin"), listPairings(), listRegions()]);
  const opts = (kind: "jinan_district" | "xiangxi_county") => regions.filter((r) => r.kind === kind).map((r) => ({ value: r.code, label: locale === "en" ? r.nameEn : r.name }));
  return (
    <AdminShell active="pairings">
      <Card>
        <h2 className="text-lg font-bold">{t("pairings.add")}</h2>
        <ActionForm
          action={adminAction}
          op="add-pairing"
          idPrefix="pair"
          fields={[
            { name: "jinanCode", label: t("pairings.jinan"), type: "select", options: opts("jinan_district") },
            { name: "xiangxiCode", label: t("pairings.xiangxi"), type: "select", options: opts("xiangxi_county") },
          ]}
          submit={t("pairings.add")}
          saved={t("form.saved")}
        />
      </Card>
      {pairs.length === 0 ? (
        <EmptyState title={t("pairings.empty")} />
      ) : (
        <TableScroll label={t("pairings.title")}>
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">{t("pairings.title")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("pairings.xiangxi")}</th>
                <th scope="col" className="p-2">{t("pairings.jinan")}</th>
                <th scope="col" className="p-2"><span className="sr-only">{t("pairings.remove")}</span></th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={`${p.jinanCode}-${p.xiangxiCode}`} className="border-b border-stone-200">
                  <td className="p-2">{p.xiangxiName}</td>
                  <td className="p-2">{p.jinanName}</td>
                  <td className="p-2">
                    <ActionForm action={adminAction} op="remove-pairing" idPrefix={`rm-${p.jinanCode}-${p.xiangxiCode}`} hidden={{ jinanCode: p.jinanCode, xiangxiCode: p.xiangxiCode }} submit={t("pairings.remove")} saved={t("form.saved")} variant="secondary" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </AdminShell>
  );
}
