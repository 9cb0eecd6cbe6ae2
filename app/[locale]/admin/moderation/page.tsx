import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell, SearchForm } from "@/components/admin/admin-shell";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listProductsForAdmin } from "@/lib/admin/certificates";
import { listJobsForAdmin } from "@/lib/admin/moderation";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";
import { adminAction } from "../actions";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

type Item = { id: string; title: string; orgName: string; status: string; hiddenReason: string | null };

export default async function ModerationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string }> }) {
  await pageLocale(params);
  await requireRole(["admin"], "/admin/moderation");
  const sp = await searchParams;
  const [t, goods, jobList] = await Promise.all([getTranslations("admin"), listProductsForAdmin({ q: sp.q }), listJobsForAdmin({ q: sp.q })]);

  const row = (kind: "product" | "job", item: Item, statusLabel: string) => (
    <li key={item.id}>
      <Card>
        <h3 className="text-lg font-bold">{item.title}</h3>
        <p className="text-base text-stone-700">
          {item.orgName} · {statusLabel}
        </p>
        <p className="mt-1">
          {item.hiddenReason ? <Badge tone="primary">{t("moderation.hiddenBecause", { reason: item.hiddenReason })}</Badge> : <Badge tone="success">{t("moderation.visible")}</Badge>}
        </p>
        {item.hiddenReason ? (
          <ActionForm action={adminAction} op={`unhide-${kind}`} idPrefix={`unhide-${item.id}`} hidden={{ id: item.id }} submit={t("moderation.unhide")} saved={t("form.saved")} variant="secondary" />
        ) : (
          <details className="mt-2">
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-brocade-700 underline">{t("moderation.hide")}</summary>
            <ActionForm
              action={adminAction}
              op={`hide-${kind}`}
              idPrefix={`hide-${item.id}`}
              hidden={{ id: item.id }}
              fields={[{ name: "reason", label: t("moderation.hideReason"), type: "textarea", required: true }]}
              submit={t("moderation.hide")}
              saved={t("form.saved")}
            />
          </details>
        )}
      </Card>
    </li>
  );

  return (
    <AdminShell active="moderation">
      <SearchForm q={sp.q} label={t("form.searchLabel")} hint={t("certification.searchHint")} button={t("form.search")} />
      <Section id="jobs" title={t("moderation.jobs")} className="grid gap-3">
        {jobList.items.length ? <ul className="grid gap-3">{jobList.items.map((j) => row("job", j, t(`jobStatus.${j.status as "open"}`)))}</ul> : <EmptyState title={t("moderation.noJobs")} />}
      </Section>
      <Section id="goods" title={t("moderation.products")} className="grid gap-3">
        {goods.items.length ? (
          <ul className="grid gap-3">{goods.items.map((p) => row("product", p, t(`productStatus.${p.status as "draft"}`)))}</ul>
        ) : (
          <EmptyState title={t("certification.noProducts")} />
        )}
      </Section>
    </AdminShell>
  );
}
