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
  const t = createTranslator({ locale, messages: catalogs[locale] as unknown as Record<string, unknown> });
  return (key, params) => (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
}
