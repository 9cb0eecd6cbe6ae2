"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

export function LocaleSwitch({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "en" ? "zh-CN" : "en";
  return (
    <Link href={pathname} locale={other} className="inline-flex min-h-11 items-center px-2 text-sm text-stone-700 underline-offset-4 hover:underline" hrefLang={other}>
      {label}
    </Link>
  );
}
