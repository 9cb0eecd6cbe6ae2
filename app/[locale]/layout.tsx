import "../globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";

// Nothing is prerendered at build time (the build never opens the database); each page is rendered on
// its first request and then served from the cache until a write revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "zh-CN", namespace: "common" });
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: `${t("appName")} · ${t("appTagline")}`, template: `%s · ${t("appName")}` },
    description: t("footer.about"),
    // The phone's own text size (Android's font size, the browser's text scaling) becomes the root font size, which
    // every rem in the stylesheet follows, in place of the browser's own guesses at enlarging paragraphs (text
    // autosizing). The pages are checked at 150% and 200% by e2e/large-text.spec.ts.
    other: { "text-scale": "scale" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b3261e" };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      {/* @container: the body is the query container for the site header's sticky rule (components/layout/site-header.tsx). */}
      <body className="@container flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider: client components get their strings as props, so no i18n runtime ships. */}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-gutter py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
