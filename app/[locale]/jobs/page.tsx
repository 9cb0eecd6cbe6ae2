import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseJobFilters } from "@/lib/jobs/board";
import { pageLocale } from "@/lib/i18n/page-locale";
import { JobBoardView } from "./board-view";

// With a query string the board renders per request (data cached per filter set, expired by the "jobs" tag).
// The bare /jobs is rewritten (next.config.js) to ./browse, which is a cached page.
export const dynamic = "force-dynamic";

// The locale from the route: public pages are not routed through the proxy, which sets next-intl's locale header.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "jobs" });
  return { title: t("boardTitle"), description: t("boardLead") };
}

export default async function JobsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await pageLocale(params);
  return <JobBoardView locale={locale} f={parseJobFilters(await searchParams)} />;
}
