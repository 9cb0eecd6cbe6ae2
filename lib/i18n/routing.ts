import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./config";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Chinese at "/", English at "/en/…": one cacheable page per locale and path.
  localePrefix: "as-needed",
  localeDetection: false,
  // No cookie: responses stay identical for every visitor and cacheable.
  localeCookie: false,
});

export type { Locale };
export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}
