import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-base text-stone-700">{t("notFoundBody")}</p>
      <Link href="/" className={buttonClass("primary", "mt-6")}>
        {t("goHome")}
      </Link>
    </div>
  );
}
