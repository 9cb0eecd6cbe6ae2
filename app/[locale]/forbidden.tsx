import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

// Rendered as part of every page's tree: it must not read the session (that would make public pages dynamic).
export default async function Forbidden() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-4 text-base text-stone-700">{t("forbiddenBody")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/account" className={buttonClass("secondary")}>
          {t("nav.me")}
        </Link>
        <Link href="/" className={buttonClass("primary")}>
          {t("goHome")}
        </Link>
      </div>
    </div>
  );
}
