"use client";

import NextLink from "next/link";
import { useParams, usePathname } from "next/navigation";
import { switchLocalePath } from "@/lib/i18n/href";

export function LocaleSwitch({ label }: { label: string }) {
  const pathname = usePathname() ?? "/";
  const params = useParams<{ locale?: string }>();
  const other = params?.locale === "en" ? "zh-CN" : "en";
  return (
    <NextLink href={switchLocalePath(pathname, other)} prefetch={false} className="inline-flex min-h-11 items-center px-2 text-sm text-stone-700 underline-offset-4 hover:underline" hrefLang={other}>
      {label}
    </NextLink>
  );
}
