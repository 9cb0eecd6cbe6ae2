import "./globals.css";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/**
 * Addresses no route matches (Next's /_not-found). Rendered on the server in full and static, so it reads
 * without JavaScript; a notFound() inside app/[locale] renders app/[locale]/not-found.tsx instead, which Next 16.4
 * puts into the HTML only as RSC payload (vercel/next.js#62228). No route, no locale: both languages, Chinese first.
 */
export default async function GlobalNotFound() {
  const [zh, en] = await Promise.all([getTranslations({ locale: "zh-CN", namespace: "common" }), getTranslations({ locale: "en", namespace: "common" })]);
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col">
        <title>{`${zh("notFoundTitle")} · ${en("notFoundTitle")} · ${zh("appName")}`}</title>
        <meta name="robots" content="noindex" />
        <main className="mx-auto w-full max-w-md flex-1 px-4 py-12 text-center">
          <p className="text-xl font-bold text-brocade-700">{zh("appName")}</p>
          <h1 className="mt-6 text-2xl font-bold">{zh("notFoundTitle")}</h1>
          <p className="mt-4 text-base text-stone-700">{zh("notFoundBody")}</p>
          <Link href="/" className={buttonClass("primary", "mt-6")}>
            {zh("goHome")}
          </Link>
          <div lang="en" className="mt-10 border-t border-stone-200 pt-6">
            <p className="text-lg font-bold">{en("notFoundTitle")}</p>
            <p className="mt-2 text-base text-stone-700">{en("notFoundBody")}</p>
            <Link href="/en" className={buttonClass("secondary", "mt-4")}>
              {en("goHome")}
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}
