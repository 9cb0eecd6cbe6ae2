/**
 * Prices typed in yuan ("12.8", "¥59.80") become integer fen by reading the digits, never through floats:
 * "12.8" → 1280. At most two decimals, at most ¥999,999.99, strictly positive.
 */
const YUAN_RE = /^(\d{1,6})(?:\.(\d{1,2}))?$/;
export const MAX_PRICE_FEN = 99_999_999;

export function parseYuanToFen(raw: string): number | null {
  const s = raw.trim().replace(/^[¥￥]/, "");
  const m = YUAN_RE.exec(s);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  if (fen <= 0 || fen > MAX_PRICE_FEN) return null;
  return fen;
}

/** 1280 → "12.80" (for editor inputs). */
export function fenToYuanInput(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}
