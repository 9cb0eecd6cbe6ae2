export const LABOUR_BRANDS = ["湘西焊工", "湘西电工", "湘西缝纫工", "湘西育婴师", "湘西家政", "湘西绣娘", "湘西电商"] as const;
export const BENEFITS = ["housing", "meals", "transport", "training"] as const;
export const JOB_KINDS = ["workshop_near_home", "home_based", "transfer_jinan"] as const;
export const JOB_STATUSES = ["draft", "open", "closed", "filled"] as const;
export const JOB_SORTS = ["newest", "pay", "closing"] as const;

export type Benefit = (typeof BENEFITS)[number];
export type JobKind = (typeof JOB_KINDS)[number];
export type JobStatus = (typeof JOB_STATUSES)[number];
export type JobSort = (typeof JOB_SORTS)[number];

export const isLabourBrand = (s: string) => (LABOUR_BRANDS as readonly string[]).includes(s);

/** Today's date in China (YYYY-MM-DD): closing dates are calendar dates in Asia/Shanghai. */
const CST_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
export function todayCst(now: Date = new Date()): string {
  return CST_DATE.format(now);
}

/** Add whole months to a YYYY-MM-DD date (day clamped to the month's end). */
export function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/**
 * "3000" / "3000.5" / "3,000.50" yuan typed by a person → integer fen, exactly (no floating point).
 * Returns null for anything else.
 */
export function yuanToFen(input: string): number | null {
  const s = input.trim().replace(/[,，\s]/g, "").replace(/^[¥￥]/, "");
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Integer fen → "3000.5"-style yuan text for form defaults (no floats). */
export function fenToYuanText(fen: number): string {
  const cents = fen % 100;
  return cents ? `${Math.floor(fen / 100)}.${String(cents).padStart(2, "0")}` : String(fen / 100);
}

/** Split free-text tags typed with commas, 、, spaces or new lines; trimmed, de-duplicated. */
export function splitTags(raw: string | string[] | undefined, maxEach = 20, maxCount = 12): string[] {
  const parts = (Array.isArray(raw) ? raw : [raw ?? ""]).flatMap((s) => s.split(/[,，、;；\n\r]+/));
  const out: string[] = [];
  for (const p of parts) {
    const t = p.trim().slice(0, maxEach);
    if (t && !out.includes(t)) out.push(t);
  }
  return out.slice(0, maxCount);
}
