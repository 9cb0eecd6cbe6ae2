import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderList } from "@/components/orders/order-parts";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatFen } from "@/components/ui/money";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { BUYER_ORDERS_ROLES, buyerOrdersPageNumber, loadBuyerOrdersPage } from "@/lib/orders/buyer-orders-page";
import { privatePageDataVersion, recordRenderedVersion } from "@/lib/private-pages";

// Per-user page: never cached by Next. It renders only from loadBuyerOrdersPage and records the version of what it
// rendered, so the production server may answer a repeat visit from its own memory while that data is unchanged
// (lib/private-pages.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "orders" });
  return { title: t("title"), robots: { index: false } };
}

export default async function OrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string; placed?: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole(BUYER_ORDERS_ROLES, "/orders");
  const sp = await searchParams;
  const [t, tc, tcart, data] = await Promise.all([getTranslations("orders"), getTranslations("common"), getTranslations("cart"), loadBuyerOrdersPage(user.id, { page: buyerOrdersPageNumber(sp.page), placed: sp.placed })]);
  recordRenderedVersion(privatePageDataVersion(user, data));
  const { page, pages, list, placed, buyerOrgs } = data;
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {buyerOrgs.length ? (
          <Link href="/buyer-org" className={buttonClass("secondary")}>
            {t("buyerOrg")}
          </Link>
        ) : null}
      </div>
      {placed.length ? (
        <Card className="mb-4 border-tea-600 bg-tea-50" data-testid="placed-orders">
          <h2 className="mb-2 text-lg font-bold text-tea-700">{tcart("placed")}</h2>
          <p className="mb-2">{tcart("perSellerNote")}</p>
          <ul className="grid gap-2">
            {placed.map((o) => (
              <li key={o.id}>
                <Link href={`/orders/${o.id}`} className="flex min-h-11 flex-wrap items-center justify-between gap-2 underline">
                  <span>
                    {o.sellerName} · {t("reference")} <strong className="font-mono wrap-anywhere">{o.orderNo}</strong>
                  </span>
                  <span>{formatFen(o.totalFen)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {list.items.length ? (
        <OrderList orders={list.items} hrefBase="/orders" t={t} locale={locale} />
      ) : (
        <EmptyState title={t("empty")}>
          <Link href="/products" className={buttonClass("secondary")}>
            {t("browse")}
          </Link>
        </EmptyState>
      )}
      <Pagination page={page} pages={pages} hrefFor={(p) => `${locale === "zh-CN" ? "" : `/${locale}`}/orders?page=${p}`} labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page, pages }) }} />
    </div>
  );
}
