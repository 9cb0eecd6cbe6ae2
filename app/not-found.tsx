import "./globals.css";
import { getTranslations } from "next-intl/server";

/**
 * Addresses no route matches (Next's /_not-found). Rendered on the server in full and static, so it reads
 * without JavaScript; a notFound() inside app/[locale] renders app/[locale]/not-found.tsx instead, which Next 16.4
 * puts into the HTML only as RSC payload (vercel/next.js#62228). No route, no locale: both languages, Chinese first.
 * Kept small: every page's RSC payload carries this element for the root boundary (a plain <a>, not a client Link).
 */
export default async function GlobalNotFound() {
  const [zh, en] = await Promise.all([getTranslations({ locale: "zh-CN", namespace: "common" }), getTranslations({ locale: "en", namespace: "common" })]);
  return (
    <html lang="zh-CN">
      <body className="p-8">
        <title>{`${zh("notFoundTitle")} · ${en("notFoundTitle")} · ${zh("appName")}`}</title>
        <h1 className="text-xl font-bold">{`${zh("notFoundTitle")} · ${en("notFoundTitle")}`}</h1>
        <p className="mt-2">{zh("notFoundBody")}</p>
        <p lang="en">{en("notFoundBody")}</p>
        {/* A full page load out of a dead end; a client Link would add its reference to every page's payload. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="mt-4 inline-flex min-h-11 items-center text-brocade-700 underline" href="/">{`${zh("goHome")} · ${en("goHome")}`}</a>
      </body>
    </html>
  );
}
