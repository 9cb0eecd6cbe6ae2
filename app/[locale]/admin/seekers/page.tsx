import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { TableScroll } from "@/components/layout/table-scroll";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { listPoorLabourerClaims } from "@/lib/admin/seekers";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";
import { adminAction } from "../actions";

export const dynamic = "force-dynamic";

export default async function SeekersPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole(["admin"], "/admin/seekers");
  const [t, list] = await Promise.all([getTranslations("admin"), listPoorLabourerClaims()]);
  return (
    <AdminShell active="seekers">
      <p className="text-base">{t("seekers.lead")}</p>
      {list.length === 0 ? (
        <EmptyState title={t("seekers.empty")} />
      ) : (
        <TableScroll label={t("seekers.title")}>
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">{t("seekers.title")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("seekers.name")}</th>
                <th scope="col" className="p-2">{t("seekers.county")}</th>
                <th scope="col" className="p-2">{t("seekers.idLast4")}</th>
                <th scope="col" className="p-2">{t("seekers.state")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.userId} className="border-b border-stone-200">
                  <td className="p-2">{s.fullName}</td>
                  <td className="p-2">{s.countyName}</td>
                  <td className="p-2">{s.idNumberLast4 ?? "—"}</td>
                  <td className="p-2">
                    <Badge tone={s.poorLabourerVerified ? "success" : "highlight"}>{s.poorLabourerVerified ? t("seekers.verified") : t("seekers.unverified")}</Badge>{" "}
                    <ActionForm
                      action={adminAction}
                      op="verify-poor-labourer"
                      idPrefix={`poor-${s.userId}`}
                      hidden={{ userId: s.userId, verified: s.poorLabourerVerified ? "false" : "true" }}
                      submit={s.poorLabourerVerified ? t("seekers.unverify") : t("seekers.verify")}
                      saved={t("form.saved")}
                      variant={s.poorLabourerVerified ? "secondary" : "success"}
                    />
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
