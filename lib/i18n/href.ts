import { DEFAULT_LOCALE, LOCALES } from "./config";

export type Href = string | { pathname: string; query?: Record<string, string | number | undefined | null>; hash?: string };

/** "/products" in English → "/en/products"; the default locale has no prefix ("as-needed"). */
export function localizePath(pathname: string, locale: string | undefined): string {
  if (!pathname.startsWith("/") || !locale || locale === DEFAULT_LOCALE) return pathname;
  return pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
}

export function localizeHref(href: Href, locale: string | undefined): string {
  if (typeof href === "string") return localizePath(href, locale);
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(href.query ?? {})) if (v !== undefined && v !== null) qs.set(k, String(v));
  const q = qs.toString();
  return `${localizePath(href.pathname, locale)}${q ? `?${q}` : ""}${href.hash ? `#${href.hash}` : ""}`;
}

/**
 * A public page's hreflang alternates (metadata `alternates`): the same path in each locale, Chinese as x-default.
 * Made absolute by the layout's metadataBase (APP_URL).
 */
export function localeAlternates(pathname: string): { languages: Record<string, string> } {
  const languages: Record<string, string> = { "x-default": localizePath(pathname, DEFAULT_LOCALE) };
  for (const l of LOCALES) languages[l] = localizePath(pathname, l);
  return { languages };
}

/** The same path in another locale: strips our prefix, then applies the target's. */
export function switchLocalePath(pathname: string, target: string): string {
  let bare = pathname;
  // Also strips the default locale: during SSR of a rewritten request the path may carry "/zh-CN".
  for (const l of LOCALES) {
    if (bare === `/${l}`) bare = "/";
    else if (bare.startsWith(`/${l}/`)) bare = bare.slice(l.length + 1);
  }
  // Cached list renderings live at "<list>/browse" (next.config.js rewrite); their public URL is "<list>".
  bare = bare.replace(/^\/(products|jobs)\/browse$/, "/$1");
  return localizePath(bare, target);
}
