import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseCatalogQuery } from "@/lib/catalog/search";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ProductListView } from "./view";

// With a query string the page is rendered per request (the data behind it is cached per query).
// The bare /products is rewritten by the proxy to ./browse, which is a cached page.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: t("title"), description: t("lead") };
}

export default async function ProductsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  return <ProductListView locale={locale} query={parseCatalogQuery(await searchParams)} />;
}
