/** Locale constants with no dependency, safe to import from client components. */
export const LOCALES = ["zh-CN", "en"] as const;
export const DEFAULT_LOCALE = "zh-CN";
export type Locale = (typeof LOCALES)[number];
