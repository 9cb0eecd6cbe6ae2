/**
 * The definitions every impact figure shares, so the home counters, /impact, the dashboards and the exports agree:
 * - a sale is an order with paid_at set; its amount is total_fen − refunded_fen (refunds subtracted, even full ones);
 * - a sale falls in the period of its paid_at (China time);
 * - per item (county, category, certified), the order's net amount is split over its items in proportion to
 *   line_total_fen / subtotal_fen, so item-level breakdowns add up to the order-level total.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DateRange } from "./range";
import { rangeBounds } from "./range";

/** Orders counted as sales in the range (alias o). `null` = all time. */
export function paidIn(range: DateRange | null, alias = "o"): SQL {
  const a = sql.raw(alias);
  if (!range) return sql`${a}.paid_at is not null`;
  const { start, end } = rangeBounds(range);
  return sql`${a}.paid_at is not null and ${a}.paid_at >= ${start.toISOString()}::timestamptz and ${a}.paid_at < ${end.toISOString()}::timestamptz`;
}

/** Net amount of an order (alias o). */
export const orderNet = (alias = "o") => sql.raw(`(${alias}.total_fen - ${alias}.refunded_fen)`);

/** Net amount attributed to an item (alias i) of order (alias o), as numeric. */
export const itemNet = sql.raw(`(i.line_total_fen::numeric * (o.total_fen - o.refunded_fen) / nullif(o.subtotal_fen, 0))`);

/** yyyy-mm of a timestamptz column in China time (UTC+8, no DST). */
export const chinaMonth = (col: string) => sql.raw(`to_char((${col} at time zone 'UTC') + interval '8 hours', 'YYYY-MM')`);

/** Hires started in the range (alias h); start_date is a calendar date. */
export function hiredIn(range: DateRange | null, alias = "h"): SQL {
  const a = sql.raw(alias);
  if (!range) return sql`true`;
  return sql`${a}.start_date >= ${range.from}::date and ${a}.start_date <= ${range.to}::date`;
}

/** A retention check-in (alias rc) counts when both the employer and the worker confirmed it. */
export const CHECKIN_CONFIRMED = sql.raw(`(coalesce(rc.employer_confirmed, false) and coalesce(rc.seeker_confirmed, false))`);
