import { createTranslator } from "next-intl";
import { en, zhCN } from "@/messages";
import type { Locale } from "./routing";

export type Messages = typeof zhCN;
const catalogs: Record<Locale, Messages> = { "zh-CN": zhCN, en: en as unknown as Messages };

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A translator usable outside React (domain errors, e-mails, route handlers, tests). Keys are "namespace.key". */
export function translator(locale: Locale = "zh-CN"): Translate {
  let t = translators.get(locale);
  if (!t) {
    const raw = createTranslator({ locale, messages: catalogs[locale] as unknown as Record<string, unknown> });
    t = (key, params) => (raw as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
    translators.set(locale, t);
  }
  return t;
}
// One per locale: creating a translator (0.3–1 ms) was paid by every refused mutation.
const translators = new Map<Locale, Translate>();
