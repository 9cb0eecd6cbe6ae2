import type { Metadata } from "next";
import { localeAlternates } from "@/lib/i18n/href";
import { getTranslations } from "next-intl/server";
import { parseJobFilters } from "@/lib/jobs/board";
import { pageLocale } from "@/lib/i18n/page-locale";
import { JobBoardView } from "../board-view";

// The first page of the board with default filters: rendered once, served from the cache, re-rendered
// when jobs change (tag "jobs") or after 10 minutes (closing dates). proxy.ts rewrites a bare /jobs here.
export const revalidate = 600;

// The locale from the route: public pages are not routed through the proxy, which sets next-intl's locale header.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "jobs" });
  return { title: t("boardTitle"), description: t("boardLead"), alternates: localeAlternates("/jobs") };
}

export default async function JobsFirstPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return <JobBoardView locale={locale} f={parseJobFilters({})} />;
}
