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
    // Sticky only while at least 18rem fit across the screen (the body is the query container): 360 px at up to 125%
    // text. With the text at 150% or 200% the header is two or three rows, 160 to 250 px of a 740 px screen, and
    // kept on screen it would cover a third of every page and the field or button scrolled to under it.
    <header className="relative z-20 border-b border-stone-200 bg-white/95 @min-[18rem]:sticky @min-[18rem]:top-0">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-2 px-gutter py-2">
        {/* The name and 购物车 never break: at 200% they stood one character a line, three lines tall. */}
        <Link href="/" className="flex min-h-11 items-center gap-2 text-xl font-bold whitespace-nowrap text-brocade-700">
          <span aria-hidden="true" className="inline-block h-6 w-6 shrink-0 rounded bg-brocade-600" />
          {t("appName")}
        </Link>
        <div className="flex items-center gap-1">
          <Link href="/cart" className="inline-flex min-h-11 items-center px-2 text-base whitespace-nowrap text-stone-800 hover:text-brocade-700">
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
