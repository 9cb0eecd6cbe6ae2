import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell, SearchForm } from "@/components/admin/admin-shell";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/money";
import { Pagination } from "@/components/ui/pagination";
import { listExpiringCertificates, listProductsForAdmin, REMINDER_THRESHOLDS } from "@/lib/admin/certificates";
import { chinaToday } from "@/lib/admin/common";
import { listRegions } from "@/lib/admin/pairings";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";
import { adminAction } from "../actions";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export default async function CertificationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; page?: string }> }) {
  const locale = await pageLocale(params);
  await requireRole(["admin"], "/admin/certification");
  const sp = await searchParams;
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const [t, tc, list, expiring, regions] = await Promise.all([
    getTranslations("admin"),
    getTranslations("common"),
    listProductsForAdmin({ q: sp.q, page }),
    listExpiringCertificates(),
    listRegions(),
  ]);
  const today = chinaToday();
  const counties = regions.filter((r) => r.kind === "xiangxi_county").map((r) => ({ value: r.code, label: locale === "en" ? r.nameEn : r.name }));
  const prefix = locale === "en" ? "/en" : "";
  return (
    <AdminShell active="certification">
      <Section id="expiring" title={t("certification.expiringTitle")} className="grid gap-3">
        {REMINDER_THRESHOLDS.map((th) => {
          const rows = expiring.filter((e) => e.threshold === th);
          return (
            <Card key={th}>
              <h3 className="text-lg font-bold">
                {t("certification.within", { days: th })} <Badge tone={th === 7 ? "primary" : "highlight"}>{rows.length}</Badge>
              </h3>
              {rows.length ? (
                <ul className="mt-2 grid gap-1">
                  {rows.map((r) => (
                    <li key={r.productId} className="text-base">
                      {r.title} · {r.orgName} · {r.certificationNo} · {formatDate(r.certifiedUntil, locale)} ({t("certification.daysLeft", { days: r.daysLeft })}) ·{" "}
                      <Badge tone={r.reminded ? "success" : "neutral"}>{r.reminded ? t("certification.reminded") : t("certification.notReminded")}</Badge>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Card>
          );
        })}
        {expiring.length === 0 ? <p>{t("certification.noExpiring")}</p> : null}
        <div>
          <p className="mb-2 text-sm text-stone-700">{t("certification.remindHint")}</p>
          <ActionForm action={adminAction} op="remind-certificates" idPrefix="remind" submit={t("certification.remind")} saved={t("certification.remindDone")} />
        </div>
      </Section>

      <Section id="products" title={t("certification.product")} className="grid gap-3">
        <SearchForm q={sp.q} label={t("form.searchLabel")} hint={t("certification.searchHint")} button={t("form.search")} />
        {list.items.length === 0 ? <EmptyState title={t("certification.noProducts")} /> : null}
        <ul className="grid gap-3">
          {list.items.map((p) => {
            const valid = p.certificationNo && p.certifiedUntil && p.certifiedUntil >= today;
            return (
              <li key={p.id}>
                <Card>
                  <h3 className="text-lg font-bold">{p.title}</h3>
                  <p className="text-base text-stone-700">
                    {p.orgName} · {p.originName} · {t(`productStatus.${p.status as "draft"}`)}
                  </p>
                  <p className="mt-1">
                    {p.certificationNo ? (
                      <Badge tone={valid ? "success" : "primary"}>
                        {valid ? tc("certified") : t("certification.expired")} · {t("certification.current", { no: p.certificationNo, until: p.certifiedUntil ? formatDate(p.certifiedUntil, locale) : "—" })}
                      </Badge>
                    ) : (
                      <Badge>{t("certification.none")}</Badge>
                    )}
                  </p>
                  <details className="mt-2">
                    <summary className="inline-flex min-h-11 cursor-pointer items-center text-brocade-700 underline">{t("certification.save")}</summary>
                    <ActionForm
                      action={adminAction}
                      op="certify-product"
                      idPrefix={`cert-${p.id}`}
                      hidden={{ productId: p.id }}
                      fields={[
                        { name: "certificationNo", label: t("certification.certificationNo"), required: true, defaultValue: p.certificationNo ?? "" },
                        { name: "certificationCounty", label: t("certification.certificationCounty"), type: "select", required: true, defaultValue: p.certificationCounty ?? p.originCode, options: counties },
                        { name: "certificationBatch", label: t("certification.certificationBatch"), required: true, defaultValue: p.certificationBatch ?? "" },
                        { name: "certifiedUntil", label: t("certification.certifiedUntil"), type: "date", required: true, defaultValue: p.certifiedUntil ?? "" },
                      ]}
                      submit={t("certification.save")}
                      saved={t("form.saved")}
                    />
                  </details>
                </Card>
              </li>
            );
          })}
        </ul>
        <Pagination
          page={page}
          pages={list.pages}
          hrefFor={(n) => `${prefix}/admin/certification?${new URLSearchParams({ ...(sp.q ? { q: sp.q } : {}), page: String(n) })}`}
          labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page, pages: list.pages }) }}
        />
      </Section>
    </AdminShell>
  );
}
