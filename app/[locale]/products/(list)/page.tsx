import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseCatalogQuery } from "@/lib/catalog/search";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ProductListView } from "./view";

// With a query string the page is rendered per request (the data behind it is cached per query).
// The bare /products is rewritten (next.config.js) to ./browse, which is a cached page.
export const dynamic = "force-dynamic";

// The locale from the route: public pages are not routed through the proxy, which sets next-intl's locale header.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "catalog" });
  return { title: t("title"), description: t("lead") };
}

export default async function ProductsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  return <ProductListView locale={locale} query={parseCatalogQuery(await searchParams)} />;
}
