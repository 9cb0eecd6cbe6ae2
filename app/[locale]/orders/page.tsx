import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderList } from "@/components/orders/order-parts";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listBuyerOrders } from "@/lib/orders/queries";
import { expireStaleReservations } from "@/lib/orders/stock";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("title"), robots: { index: false } };
}

export default async function OrdersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole(["buyer"], "/orders");
  await expireStaleReservations();
  const page = Math.max(1, Math.min(1000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const [t, tc, list] = await Promise.all([getTranslations("orders"), getTranslations("common"), listBuyerOrders(user.id, page)]);
  const pages = Math.ceil(list.total / 20);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
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
