import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  // Chinese at "/", English at "/en/…": one cacheable page per locale and path.
  localePrefix: "as-needed",
  localeDetection: false,
  // No cookie: responses stay identical for every visitor and cacheable.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (routing.locales as readonly string[]).includes(v);
}
