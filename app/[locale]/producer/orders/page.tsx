import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderList } from "@/components/orders/order-parts";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { cn } from "@/components/ui/cn";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { SELLER_TABS } from "@/lib/orders/queries";
import { loadSellerOrdersPage, SELLER_ORDERS_ROLES, sellerOrdersQuery } from "@/lib/orders/seller-orders-page";
import { privatePageDataVersion, recordRenderedVersion } from "@/lib/private-pages";

// Per-user page: never cached by Next. It renders only from loadSellerOrdersPage and records the version of what it
// rendered, so the production server may answer a repeat visit from its own memory while that data is unchanged
// (lib/private-pages.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "orders" });
  return { title: t("producer.title"), robots: { index: false } };
}

export default async function ProducerOrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ tab?: string; page?: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole(SELLER_ORDERS_ROLES, "/producer/orders");
  const [t, tc, data] = await Promise.all([getTranslations("orders"), getTranslations("common"), loadSellerOrdersPage(user.id, sellerOrdersQuery(await searchParams))]);
  recordRenderedVersion(privatePageDataVersion(user, data));
  const { tab, page, pages, list } = data;
  const prefix = locale === "zh-CN" ? "" : `/${locale}`;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-1 text-2xl font-bold">{t("producer.title")}</h1>
      <p className="mb-4 text-stone-700">{t("producer.intro")}</p>
      <nav aria-label={t("producer.title")} className="mb-4 grid grid-cols-fit-2 gap-2 sm:grid-cols-fit-4">
        {SELLER_TABS.map((k) => (
          <Link
            key={k}
            href={{ pathname: "/producer/orders", query: { tab: k } }}
            aria-current={k === tab ? "page" : undefined}
            className={cn("flex min-h-11 items-center justify-center rounded-lg border px-2 text-base", k === tab ? "border-brocade-600 bg-brocade-50 font-bold text-brocade-800" : "border-stone-300 bg-white")}
          >
            {t(`producer.tabs.${k}`)}
          </Link>
        ))}
      </nav>
      {list.items.length ? <OrderList orders={list.items} hrefBase="/producer/orders" t={t} locale={locale} /> : <EmptyState title={t("producer.empty")} />}
      <Pagination page={page} pages={pages} hrefFor={(p) => `${prefix}/producer/orders?tab=${tab}&page=${p}`} labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page, pages }) }} />
    </div>
  );
}
