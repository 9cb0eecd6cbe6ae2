/** Integer fen → "¥12.80". Never floats for money: only the display divides. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100).toLocaleString("zh-CN");
  const cents = String(abs % 100).padStart(2, "0");
  return `${sign}¥${yuan}.${cents}`;
}

/** 2026年11月29日 (zh-CN) or 29 Nov 2026 (en), in China time. */
export function formatDate(d: Date | string, locale = "zh-CN"): string {
  const date = typeof d === "string" ? new Date(d) : d;
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: locale === "en" ? "short" : "long", day: "numeric", timeZone: "Asia/Shanghai" }).format(date);
}
