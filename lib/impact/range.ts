/** Date ranges of the impact page and exports: whole days in China time (UTC+8, no DST), inclusive. */
export interface DateRange {
  from: string; // yyyy-mm-dd, inclusive
  to: string; // yyyy-mm-dd, inclusive
}

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function valid(s: unknown): s is string {
  return typeof s === "string" && ISO.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

export function chinaYear(now = new Date()): number {
  return new Date(now.getTime() + CST_MS).getUTCFullYear();
}

/** From GET params; missing or malformed bounds fall back to this year; from > to are swapped. */
export function parseRange(params: { from?: unknown; to?: unknown }, now = new Date()): DateRange {
  const year = chinaYear(now);
  let from = valid(params.from) ? params.from : `${year}-01-01`;
  let to = valid(params.to) ? params.to : `${year}-12-31`;
  if (from > to) [from, to] = [to, from];
  return { from, to };
}

/** Timestamps bounding the range: [start, end) as instants. */
export function rangeBounds(r: DateRange): { start: Date; end: Date } {
  const start = new Date(Date.parse(`${r.from}T00:00:00Z`) - CST_MS);
  const end = new Date(Date.parse(`${r.to}T00:00:00Z`) - CST_MS + DAY_MS);
  return { start, end };
}

/** The months (yyyy-mm) a range covers, at most 36 so a silly range cannot blow up the page. */
export function monthsOf(r: DateRange): string[] {
  const out: string[] = [];
  let [y, m] = r.from.split("-").map(Number) as [number, number];
  const last = r.to.slice(0, 7);
  while (out.length < 36) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
