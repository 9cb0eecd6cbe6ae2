import { getTranslations } from "next-intl/server";

/**
 * A whole document for the root boundaries outside app/[locale] (app/forbidden.tsx, app/unauthorized.tsx): no route,
 * so no locale, hence both languages, Chinese first. A few bytes: every page's RSC payload carries these elements.
 */
export async function RootNotice({ namespace, messageKey }: { namespace: "common" | "auth"; messageKey: string }) {
  const [zh, en] = await Promise.all([getTranslations({ locale: "zh-CN", namespace }), getTranslations({ locale: "en", namespace })]);
  const title = `${zh(messageKey)} · ${en(messageKey)}`;
  return (
    <html lang="zh-CN">
      <body className="p-8">
        <title>{title}</title>
        <h1 className="text-xl font-bold">{title}</h1>
      </body>
    </html>
  );
}
