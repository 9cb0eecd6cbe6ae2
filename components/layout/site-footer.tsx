import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-gutter py-6 text-sm text-stone-700">
        <p>{t("about")}</p>
        <p className="mt-1">{t("demo")}</p>
      </div>
    </footer>
  );
}
