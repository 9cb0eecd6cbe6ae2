/**
 * Display formatting for money and dates. Intl formatters are built once per locale and reused: constructing an
 * Intl.DateTimeFormat costs ~0.2 ms, which a 20-order list paid on every render.
 */
const memo = <T>(make: (locale: string) => T) => {
  const cache = new Map<string, T>();
  return (locale: string): T => {
    let f = cache.get(locale);
    if (!f) cache.set(locale, (f = make(locale)));
    return f;
  };
};

const yuanFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });
const dateFormat = memo((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: locale === "en" ? "short" : "long", day: "numeric", timeZone: "Asia/Shanghai" }));
const timeFormat = memo((locale) => new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Shanghai" }));
const dateTimeFormat = memo((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }));

/** Integer fen → "12.80" (machine-readable, as in <data value>): integer arithmetic, no float. */
export function fenAsYuanString(fen: number): string {
  const abs = Math.abs(Math.trunc(fen));
  return `${fen < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Integer fen → "¥12.80". Never floats for money: only the display divides. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(fen));
  const yuan = yuanFormat.format(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, "0");
  return `${sign}¥${yuan}.${cents}`;
}

const compactFormat = memo((locale) => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }));

/** Integer fen → a headline figure in whole yuan, compact: "¥2,772.8万" (zh-CN), "¥27.7M" (en). For counters, never for prices. */
export function formatFenCompact(fen: number, locale = "zh-CN"): string {
  const yuan = Math.trunc(fen / 100);
  return `${yuan < 0 ? "-" : ""}¥${compactFormat(locale).format(Math.abs(yuan))}`;
}

const toDate = (d: Date | string) => (typeof d === "string" ? new Date(d) : d);

/** 2026年11月29日 (zh-CN) or 29 Nov 2026 (en), in China time. */
export function formatDate(d: Date | string, locale = "zh-CN"): string {
  return dateFormat(locale).format(toDate(d));
}

/** 2026年11月29日 14:05, in China time. */
export function formatDateMinute(d: Date | string, locale = "zh-CN"): string {
  const date = toDate(d);
  return `${formatDate(date, locale)} ${timeFormat(locale).format(date)}`;
}

/** The locale's medium date and short time ("2026年11月29日 14:05"), in China time. */
export function formatDateTime(d: Date | string, locale = "zh-CN"): string {
  return dateTimeFormat(locale).format(toDate(d));
}


// Calendar months and days held as text ("2026-06", "2026-06-01") name no instant: they are read as UTC midnight and
// formatted in UTC, so no time zone can move them into a neighbouring month or day.
const monthOnlyFormat = memo((locale) => new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }));
const yearMonthFormat = memo((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: locale === "en" ? "short" : "long", timeZone: "UTC" }));
const dayFormat = memo((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", month: locale === "en" ? "short" : "long", day: "numeric", timeZone: "UTC" }));
const utcDay = (s: string) => new Date(`${s.length === 7 ? `${s}-01` : s}T00:00:00Z`);

/** "2026-06" → 2026年6月 (zh-CN) or Jun 2026 (en); with `short`, 6月 or Jun (chart axes, where the year is in the heading). */
export function formatMonth(yearMonth: string, locale = "zh-CN", short = false): string {
  return (short ? monthOnlyFormat : yearMonthFormat)(locale).format(utcDay(yearMonth));
}

/** A month number 1–12 → 9月 (zh-CN) or Sep (en). */
export function formatMonthNumber(month: number, locale = "zh-CN"): string {
  return monthOnlyFormat(locale).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** "2026-12-31" (a calendar day) → 2026年12月31日 (zh-CN) or Dec 31, 2026 (en): the same words formatDate gives an instant. */
export function formatDay(day: string, locale = "zh-CN"): string {
  return dayFormat(locale).format(utcDay(day));
}

/** 14:05, in China time (the time half of formatDateMinute, for layouts that keep the date and time apart). */
export function formatTime(d: Date | string, locale = "zh-CN"): string {
  return timeFormat(locale).format(toDate(d));
}
