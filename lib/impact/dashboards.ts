/**
 * An organisation's own figures (producer, employer, buyer organisation). Callers pass the signed-in user: only
 * organisations the user is a member of are ever read, whatever org id a URL carries.
 */
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations, products, purchaseTargets } from "@/db/schema";
import { chinaMonth, orderNet } from "./sql";

type OrgType = "producer" | "workshop" | "buyer" | "employer";

export interface MyOrg {
  id: string;
  name: string;
  type: OrgType;
  kind: string;
  verification: "unverified" | "pending" | "verified" | "rejected";
  verificationNote: string | null;
}

export async function myOrgs(userId: string, types: OrgType[]): Promise<MyOrg[]> {
  const db = await getDb();
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      type: organizations.type,
      kind: organizations.kind,
      verification: organizations.verification,
      verificationNote: organizations.verificationNote,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), inArray(organizations.type, types)))
    .orderBy(asc(organizations.name));
}

/** The org chosen by `?org=` among the user's own, else the first. */
export function pickOrg(orgs: MyOrg[], wanted: string | undefined): MyOrg | undefined {
  return orgs.find((o) => o.id === wanted) ?? orgs[0];
}

async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  const db = await getDb();
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

/** The 12 months ending with `now`'s month (China time), oldest first. */
export function last12Months(now = new Date()): string[] {
  const d = new Date(now.getTime() + 8 * 3_600_000);
  const out: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1));
    out.push(`${x.getUTCFullYear()}-${String(x.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return out;
}

export interface SellerStats {
  salesByMonth: { month: string; fen: number; orders: number }[];
  /** paidAt: the instant (ISO, UTC), formatted for the reader's locale; shipBy: the last day (yyyy-mm-dd, China time). */
  toShip: { orderNo: string; paidAt: string; totalFen: number; shipBy: string }[];
  certificates: { title: string; no: string; until: string | null; hidden: boolean }[];
}

export async function sellerStats(orgId: string, now = new Date()): Promise<SellerStats> {
  const months = last12Months(now);
  const start = new Date(Date.parse(`${months[0]}-01T00:00:00Z`) - 8 * 3_600_000).toISOString();
  const db = await getDb();
  const [byMonth, toShip, certs] = await Promise.all([
    rows<{ m: string; fen: string; orders: string }>(sql`
      select ${chinaMonth("o.paid_at")} as m, sum(${orderNet()}) as fen, count(*) filter (where o.status <> 'refunded') as orders
      from orders o where o.seller_org_id = ${orgId}::uuid and o.paid_at is not null and o.paid_at >= ${start}::timestamptz
      group by 1`),
    rows<{ order_no: string; paid: string; total_fen: string; ship_by: string }>(sql`
      select o.order_no, to_char(o.paid_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as paid, o.total_fen,
        to_char((o.paid_at at time zone 'UTC') + interval '8 hours' + o.latest_ship_days * interval '1 day', 'YYYY-MM-DD') as ship_by
      from orders o where o.seller_org_id = ${orgId}::uuid and o.status = 'paid'
      order by o.paid_at asc limit 50`),
    db
      .select({ title: products.title, no: products.certificationNo, until: products.certifiedUntil, hidden: sql<boolean>`${products.hiddenReason} is not null` })
      .from(products)
      .where(and(eq(products.orgId, orgId), isNotNull(products.certificationNo)))
      .orderBy(asc(products.certifiedUntil)),
  ]);
  const map = new Map(byMonth.map((r) => [r.m, r]));
  return {
    salesByMonth: months.map((m) => ({ month: m, fen: Number(map.get(m)?.fen ?? 0), orders: Number(map.get(m)?.orders ?? 0) })),
    toShip: toShip.map((r) => ({ orderNo: r.order_no, paidAt: r.paid, totalFen: Number(r.total_fen), shipBy: r.ship_by })),
    certificates: certs.map((c) => ({ title: c.title, no: c.no!, until: c.until, hidden: c.hidden })),
  };
}

export interface EmployerStats {
  hiresByMonth: { month: string; count: number }[];
  hires: number;
  retained3: number;
  due3: number;
  retained6: number;
  due6: number;
}

export async function employerStats(orgId: string, now = new Date()): Promise<EmployerStats> {
  const months = last12Months(now);
  const [byMonth, ret] = await Promise.all([
    rows<{ m: string; c: string }>(sql`
      select to_char(h.start_date, 'YYYY-MM') as m, count(*) as c from hires h
      where h.org_id = ${orgId}::uuid and h.start_date >= ${`${months[0]}-01`}::date group by 1`),
    rows<{ hires: string; r3: string; d3: string; r6: string; d6: string }>(sql`
      select count(distinct h.id) as hires,
        count(*) filter (where rc.month = 3 and coalesce(rc.employer_confirmed, false) and coalesce(rc.seeker_confirmed, false)) as r3,
        count(*) filter (where rc.month = 3 and rc.due_on <= current_date) as d3,
        count(*) filter (where rc.month = 6 and coalesce(rc.employer_confirmed, false) and coalesce(rc.seeker_confirmed, false)) as r6,
        count(*) filter (where rc.month = 6 and rc.due_on <= current_date) as d6
      from hires h left join retention_checkins rc on rc.hire_id = h.id where h.org_id = ${orgId}::uuid`),
  ]);
  const map = new Map(byMonth.map((r) => [r.m, Number(r.c)]));
  const r = ret[0];
  return {
    hiresByMonth: months.map((m) => ({ month: m, count: map.get(m) ?? 0 })),
    hires: Number(r?.hires ?? 0),
    retained3: Number(r?.r3 ?? 0),
    due3: Number(r?.d3 ?? 0),
    retained6: Number(r?.r6 ?? 0),
    due6: Number(r?.d6 ?? 0),
  };
}

export interface BuyerOrgProgress {
  year: number;
  targetFen: number | null;
  purchasedFen: number;
  certifiedFen: number;
  byMonth: { month: string; fen: number }[];
}

/** Purchases counted toward a buyer organisation's annual target: its paid orders in the year (China time), refunds subtracted. */
export async function buyerOrgProgress(orgId: string, year: number): Promise<BuyerOrgProgress> {
  const db = await getDb();
  const start = new Date(Date.parse(`${year}-01-01T00:00:00Z`) - 8 * 3_600_000).toISOString();
  const end = new Date(Date.parse(`${year + 1}-01-01T00:00:00Z`) - 8 * 3_600_000).toISOString();
  const [[target], totals, byMonth] = await Promise.all([
    db.select({ fen: purchaseTargets.targetFen }).from(purchaseTargets).where(and(eq(purchaseTargets.orgId, orgId), eq(purchaseTargets.year, year))),
    rows<{ fen: string; certified: string }>(sql`
      select coalesce(sum(${orderNet()}), 0) as fen,
        coalesce((select round(sum(i.line_total_fen::numeric * (o2.total_fen - o2.refunded_fen) / nullif(o2.subtotal_fen, 0)))
          from order_items i join orders o2 on o2.id = i.order_id
          where o2.buyer_org_id = ${orgId}::uuid and o2.paid_at >= ${start}::timestamptz and o2.paid_at < ${end}::timestamptz and i.certified), 0) as certified
      from orders o where o.buyer_org_id = ${orgId}::uuid and o.paid_at >= ${start}::timestamptz and o.paid_at < ${end}::timestamptz`),
    rows<{ m: string; fen: string }>(sql`
      select ${chinaMonth("o.paid_at")} as m, sum(${orderNet()}) as fen from orders o
      where o.buyer_org_id = ${orgId}::uuid and o.paid_at >= ${start}::timestamptz and o.paid_at < ${end}::timestamptz group by 1`),
  ]);
  const map = new Map(byMonth.map((r) => [r.m, Number(r.fen)]));
  return {
    year,
    targetFen: target?.fen ?? null,
    purchasedFen: Number(totals[0]?.fen ?? 0),
    certifiedFen: Number(totals[0]?.certified ?? 0),
    byMonth: Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`).map((m) => ({ month: m, fen: map.get(m) ?? 0 })),
  };
}
