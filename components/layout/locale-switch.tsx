"use client";

import NextLink from "next/link";
import { useReducer, useSyncExternalStore } from "react";
import { useParams, usePathname } from "next/navigation";
import { switchLocalePath } from "@/lib/i18n/href";

/**
 * The link to the same page in the other language. The server renders it without the query: public pages are cached
 * and identical for every address, so they cannot know it (and useSearchParams would make them client-rendered).
 * Once JavaScript runs, the link carries `location.search` (useSyncExternalStore: the server snapshot "" during
 * hydration, so it matches the HTML, then the real one), read again on every render; pressing or focusing the link
 * renders it, since a client navigation may change the query without changing the path.
 * Without JavaScript it goes to the other language's page without the query.
 */
const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

export function LocaleSwitch({ label }: { label: string }) {
  const pathname = usePathname() ?? "/";
  const params = useParams<{ locale?: string }>();
  const other = params?.locale === "en" ? "zh-CN" : "en";
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => "");
  const [, readSearch] = useReducer((n: number) => n + 1, 0);
  return (
    <NextLink
      href={`${switchLocalePath(pathname, other)}${search}`}
      prefetch={false}
      onPointerDown={readSearch}
      onFocus={readSearch}
      className="inline-flex min-h-11 items-center px-2 text-sm text-stone-700 underline-offset-4 hover:underline"
      hrefLang={other}
      data-testid="locale-switch"
    >
      {label}
    </NextLink>
  );
}
