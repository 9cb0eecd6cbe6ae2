import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitch } from "./locale-switch";

/** Session-free on purpose: public pages stay cacheable; "我的" resolves the account on its own page. */
export async function SiteHeader() {
  const t = await getTranslations("common");
  const items = [
    { href: "/products", label: t("nav.products") },
    { href: "/jobs", label: t("nav.jobs") },
    { href: "/impact", label: t("nav.impact") },
    { href: "/account", label: t("nav.me") },
  ] as const;
  return (
    <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-xl font-bold text-brocade-700">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded bg-brocade-600" />
          {t("appName")}
        </Link>
        <div className="flex items-center gap-1">
          <Link href="/cart" className="inline-flex min-h-11 items-center px-2 text-base text-stone-800 hover:text-brocade-700">
            {t("nav.cart")}
          </Link>
          <LocaleSwitch label={t("switchTo")} />
        </div>
      </div>
      <nav aria-label={t("nav.main")} className="mx-auto max-w-5xl px-2">
        <ul className="grid grid-cols-4">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="flex min-h-11 items-center justify-center text-base font-medium text-stone-800 hover:text-brocade-700">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
