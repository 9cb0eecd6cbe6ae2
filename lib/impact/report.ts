/** The public impact report (成效), every figure aggregated in SQL. Plain data (no Date) so it caches as JSON. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { DateRange } from "./range";
import { monthsOf } from "./range";
import { CHECKIN_CONFIRMED, chinaMonth, hiredIn, itemNet, orderNet, paidIn } from "./sql";

export interface Bucket {
  key: string;
  name: string;
  nameEn: string;
  fen: number;
  orders: number;
}

export interface CountBucket {
  key: string;
  name: string;
  nameEn: string;
  count: number;
}

export interface SalesSummary {
  salesFen: number;
  orders: number;
  certifiedFen: number;
}

export interface ImpactReport {
  range: DateRange;
  summary: SalesSummary;
  byMonth: { month: string; fen: number; orders: number }[];
  byCounty: Bucket[];
  byCategory: { key: string; fen: number }[];
  byBuyerKind: { key: string; fen: number; orders: number }[];
  byDistrict: Bucket[];
  households: number;
  verifiedSellers: number;
  employment: {
    hires: number;
    poorLabourers: number;
    nearHome: number;
    transferred: number;
    byCounty: (CountBucket & { poor: number })[];
    retained3: number;
    due3: number;
    retained6: number;
    due6: number;
  };
}

const n = (v: unknown) => Number(v ?? 0);

type Rows<T> = { rows: T[] };
async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  const db = await getDb();
  return ((await db.execute(q)) as unknown as Rows<T>).rows;
}

/** Totals: net sales, orders that stayed sales (not fully refunded), certified net sales. `null` = all time. */
export async function salesSummary(range: DateRange | null): Promise<SalesSummary> {
  const [r] = await rows<{ sales: string; orders: string; certified: string }>(sql`
    select
      (select coalesce(sum(${orderNet()}), 0) from orders o where ${paidIn(range)}) as sales,
      (select count(*) from orders o where ${paidIn(range)} and o.status <> 'refunded') as orders,
      (select coalesce(round(sum(${itemNet})), 0) from order_items i join orders o on o.id = i.order_id
        where ${paidIn(range)} and i.certified) as certified`);
  return { salesFen: n(r?.sales), orders: n(r?.orders), certifiedFen: n(r?.certified) };
}

/** Households brought along by verified sellers, and how many verified sellers there are (a state, not a period). */
export async function householdsNow(): Promise<{ households: number; sellers: number }> {
  const [r] = await rows<{ households: string; sellers: string }>(sql`
    select coalesce(sum(households_supported), 0) as households, count(*) as sellers
    from organizations where type in ('producer', 'workshop') and verification = 'verified'`);
  return { households: n(r?.households), sellers: n(r?.sellers) };
}

export async function hiresCount(range: DateRange | null): Promise<number> {
  const [r] = await rows<{ c: string }>(sql`select count(*) as c from hires h where ${hiredIn(range)}`);
  return n(r?.c);
}

export async function getImpactReport(range: DateRange): Promise<ImpactReport> {
  const [summary, month, county, category, buyerKind, district, hh, emp, empCounty] = await Promise.all([
    salesSummary(range),
    rows<{ m: string; fen: string; orders: string }>(sql`
      select ${chinaMonth("o.paid_at")} as m, sum(${orderNet()}) as fen, count(*) filter (where o.status <> 'refunded') as orders
      from orders o where ${paidIn(range)} group by 1 order by 1`),
    rows<{ code: string; name: string; name_en: string; fen: string; orders: string }>(sql`
      select r.code, r.name, r.name_en, coalesce(round(sum(s.net)), 0) as fen, count(distinct s.order_id) as orders
      from regions r
      left join (select i.origin_code, i.order_id, ${itemNet} as net from order_items i join orders o on o.id = i.order_id where ${paidIn(range)}) s
        on s.origin_code = r.code
      where r.kind = 'xiangxi_county' group by r.code, r.name, r.name_en, r.sort order by r.sort`),
    rows<{ category: string; fen: string }>(sql`
      select i.category, round(sum(${itemNet})) as fen from order_items i join orders o on o.id = i.order_id
      where ${paidIn(range)} group by 1 order by 2 desc`),
    rows<{ kind: string; fen: string; orders: string }>(sql`
      select coalesce(b.kind::text, 'individual') as kind, sum(${orderNet()}) as fen, count(*) filter (where o.status <> 'refunded') as orders
      from orders o left join organizations b on b.id = o.buyer_org_id
      where ${paidIn(range)} group by 1 order by 2 desc`),
    rows<{ code: string | null; name: string | null; name_en: string | null; fen: string; orders: string }>(sql`
      select r.code, r.name, r.name_en, sum(${orderNet()}) as fen, count(*) filter (where o.status <> 'refunded') as orders
      from orders o left join regions r on r.code = o.buyer_district_code and r.kind = 'jinan_district'
      where ${paidIn(range)} group by r.code, r.name, r.name_en, r.sort order by r.sort nulls last`),
    householdsNow(),
    rows<{ hires: string; poor: string; near: string; transfer: string; r3: string; d3: string; r6: string; d6: string }>(sql`
      select count(*) as hires,
        count(*) filter (where h.poor_labourer) as poor,
        count(*) filter (where h.kind in ('workshop_near_home', 'home_based')) as near,
        count(*) filter (where h.kind = 'transfer_jinan') as transfer,
        count(*) filter (where exists (select 1 from retention_checkins rc where rc.hire_id = h.id and rc.month = 3 and ${CHECKIN_CONFIRMED})) as r3,
        count(*) filter (where exists (select 1 from retention_checkins rc where rc.hire_id = h.id and rc.month = 3 and rc.due_on <= current_date)) as d3,
        count(*) filter (where exists (select 1 from retention_checkins rc where rc.hire_id = h.id and rc.month = 6 and ${CHECKIN_CONFIRMED})) as r6,
        count(*) filter (where exists (select 1 from retention_checkins rc where rc.hire_id = h.id and rc.month = 6 and rc.due_on <= current_date)) as d6
      from hires h where ${hiredIn(range)}`),
    rows<{ code: string; name: string; name_en: string; c: string; poor: string }>(sql`
      select r.code, r.name, r.name_en, count(h.id) as c, count(h.id) filter (where h.poor_labourer) as poor
      from regions r left join hires h on h.seeker_county_code = r.code and ${hiredIn(range)}
      where r.kind = 'xiangxi_county' group by r.code, r.name, r.name_en, r.sort order by r.sort`),
  ]);
  const byMonthMap = new Map(month.map((m) => [m.m, m]));
  const e = emp[0];
  return {
    range,
    summary,
    byMonth: monthsOf(range).map((m) => ({ month: m, fen: n(byMonthMap.get(m)?.fen), orders: n(byMonthMap.get(m)?.orders) })),
    byCounty: county.map((c) => ({ key: c.code, name: c.name, nameEn: c.name_en, fen: n(c.fen), orders: n(c.orders) })),
    byCategory: category.map((c) => ({ key: c.category, fen: n(c.fen) })),
    byBuyerKind: buyerKind.map((b) => ({ key: b.kind, fen: n(b.fen), orders: n(b.orders) })),
    byDistrict: district.map((d) => ({ key: d.code ?? "other", name: d.name ?? "", nameEn: d.name_en ?? "", fen: n(d.fen), orders: n(d.orders) })),
    households: hh.households,
    verifiedSellers: hh.sellers,
    employment: {
      hires: n(e?.hires),
      poorLabourers: n(e?.poor),
      nearHome: n(e?.near),
      transferred: n(e?.transfer),
      byCounty: empCounty.map((c) => ({ key: c.code, name: c.name, nameEn: c.name_en, count: n(c.c), poor: n(c.poor) })),
      retained3: n(e?.r3),
      due3: n(e?.d3),
      retained6: n(e?.r6),
      due6: n(e?.d6),
    },
  };
}
