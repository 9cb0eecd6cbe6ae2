import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatFen } from "@/components/ui/money";
import { requireRole } from "@/lib/auth/guard";
import { producerDashboard } from "@/lib/catalog/producer";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "producer" });
  return { title: t("dashboardTitle"), robots: { index: false } };
}

const VERIFICATION_TONE = { verified: "success", pending: "highlight", unverified: "neutral", rejected: "primary" } as const;
const STATUS_TONE = { on_sale: "success", draft: "neutral", paused: "highlight" } as const;

export default async function ProducerDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole(["producer"], "/producer");
  const [t, orgs] = await Promise.all([getTranslations("producer"), producerDashboard(user.id)]);
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("dashboardTitle")}</h1>
        <p className="text-stone-700">{user.name}</p>
      </div>
      <nav className="flex flex-wrap gap-2">
        <Link href="/producer/products/new" className={buttonClass("primary")}>
          {t("newProduct")}
        </Link>
        <Link href="/producer/orders" className={buttonClass("secondary")}>
          {t("orders")}
        </Link>
        <Link href="/producer/profile" className={buttonClass("secondary")}>
          {t("profile")}
        </Link>
        <Link href="/producer/stats" className={buttonClass("secondary")}>
          {t("stats")}
        </Link>
      </nav>

      {orgs.length === 0 ? <EmptyState title={t("noOrg")} /> : null}
      {orgs.map((org) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="grid gap-3">
          <Card>
            <h2 id={`org-${org.id}`} className="text-xl font-bold">
              {org.name}
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <Badge tone={VERIFICATION_TONE[org.verification]}>{t(`verification.${org.verification}`)}</Badge>
              <span className="text-stone-700">{t(`verificationHint.${org.verification}`)}</span>
            </p>
          </Card>
          <h3 className="text-lg font-bold">{t("products")}</h3>
          {org.products.length === 0 ? (
            <EmptyState title={t("noProducts")} />
          ) : (
            <ul className="grid gap-2">
              {org.products.map((p) => (
                <li key={p.id}>
                  <Card className="flex flex-wrap items-center justify-between gap-2">
                    <div className="min-w-0">
                      <p className="font-medium">{p.title}</p>
                      <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-700">
                        <Badge tone={STATUS_TONE[p.status]}>{t(`status.${p.status}`)}</Badge>
                        {p.hidden ? <Badge tone="primary">{t("hidden")}</Badge> : null}
                        <span>
                          {t("colPrice")} {formatFen(p.minPriceFen)}
                        </span>
                        <span>
                          {t("colStock")} {p.stock.toLocaleString(locale)}
                        </span>
                        <span>
                          {t("colSold")} {p.sold.toLocaleString(locale)}
                        </span>
                      </p>
                    </div>
                    <div className="flex flex-wrap gap-2">
                      {p.status === "on_sale" && !p.hidden && org.verification === "verified" ? (
                        <Link href={`/products/${p.id}`} className={buttonClass("ghost")}>
                          {t("view")}
                        </Link>
                      ) : null}
                      <Link href={`/producer/products/${p.id}/edit`} className={buttonClass("secondary")} aria-label={`${t("edit")} ${p.title}`}>
                        {t("edit")}
                      </Link>
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
