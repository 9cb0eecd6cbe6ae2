import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/money";
import { listPendingOrgs } from "@/lib/admin/orgs";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";
import { adminAction } from "../actions";

export const dynamic = "force-dynamic";

export default async function VerificationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireRole(["admin"], "/admin/verification");
  const [t, orgs] = await Promise.all([getTranslations("admin"), listPendingOrgs()]);
  return (
    <AdminShell active="verification">
      {orgs.length === 0 ? (
        <EmptyState title={t("verification.empty")} />
      ) : (
        <ul className="grid gap-4">
          {orgs.map((o) => (
            <li key={o.id}>
              <Card>
                <h2 className="text-xl font-bold">{o.name}</h2>
                <p className="mt-1 flex flex-wrap gap-2">
                  <Badge>{t(`orgType.${o.type}`)}</Badge>
                  <Badge>{t(`orgKind.${o.kind as "cooperative"}`)}</Badge>
                </p>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
                  <dt className="text-stone-700">{t("verification.region")}</dt>
                  <dd>
                    {o.regionName}
                    {o.township ? ` ${o.township}` : ""}
                  </dd>
                  <dt className="text-stone-700">{t("verification.households")}</dt>
                  <dd>{o.householdsSupported}</dd>
                  {o.workshopRecognitionNo ? (
                    <>
                      <dt className="text-stone-700">{t("verification.recognitionNo")}</dt>
                      <dd>{o.workshopRecognitionNo}</dd>
                    </>
                  ) : null}
                  {o.note ? (
                    <>
                      <dt className="text-stone-700">{t("verification.note")}</dt>
                      <dd>{o.note}</dd>
                    </>
                  ) : null}
                  <dt className="text-stone-700">{t("verification.submittedAt")}</dt>
                  <dd>{formatDate(o.createdAt, locale)}</dd>
                </dl>
                <div className="mt-3 grid gap-3 sm:grid-cols-2">
                  <ActionForm action={adminAction} op="approve-org" idPrefix={`approve-${o.id}`} hidden={{ orgId: o.id }} submit={t("verification.approve")} saved={t("verification.approved")} variant="success" />
                  <ActionForm
                    action={adminAction}
                    op="reject-org"
                    idPrefix={`reject-${o.id}`}
                    hidden={{ orgId: o.id }}
                    fields={[{ name: "reason", label: t("verification.rejectReason"), type: "textarea", required: true }]}
                    submit={t("verification.reject")}
                    saved={t("verification.rejected")}
                    variant="secondary"
                  />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </AdminShell>
  );
}
