import type { Metadata } from "next";
import { localeAlternates } from "@/lib/i18n/href";
import { getTranslations } from "next-intl/server";
import { parseCatalogQuery } from "@/lib/catalog/search";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ProductListView } from "../view";

// The first page of the catalog with default filters: rendered once, served from the cache, and
// re-rendered when goods or producers change (tags in ./view). proxy.ts rewrites a bare /products here.
export const revalidate = 600;

// The locale from the route: public pages are not routed through the proxy, which sets next-intl's locale header.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "catalog" });
  return { title: t("title"), description: t("lead"), alternates: localeAlternates("/products") };
}

export default async function ProductsFirstPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return <ProductListView locale={locale} query={parseCatalogQuery({})} />;
}
