/**
 * What the office can export, each as a header and an async sequence of row batches. Row-level exports
 * (orders, hires) read with keyset pagination in batches of BATCH rows, so memory stays flat however many
 * rows there are; aggregates are a handful of rows. Figures use the impact definitions (lib/impact/sql.ts).
 */
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { DateRange } from "@/lib/impact/range";
import { CHECKIN_CONFIRMED, hiredIn, itemNet, paidIn } from "@/lib/impact/sql";

export type Cell = string | number | null;
export type Money = { fen: number };
export type ExportCell = Cell | Money;

export const EXPORT_KINDS = ["orders", "sales-by-county", "sales-by-pair", "hires"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export function isExportKind(v: unknown): v is ExportKind {
  return typeof v === "string" && (EXPORT_KINDS as readonly string[]).includes(v);
}

export interface ExportSource {
  sheet: string;
  header: string[];
  batches: () => AsyncGenerator<ExportCell[][]>;
}

export const BATCH = 1000;

async function query<T>(q: SQL): Promise<T[]> {
  const db = await getDb();
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

const fen = (v: unknown): Money => ({ fen: Number(v ?? 0) });
const CST = (col: string) => sql.raw(`to_char((${col} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD HH24:MI')`);
const CURSOR = (col: string) => sql.raw(`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

const BUYER_KIND: Record<string, string> = { individual: "个人", company: "企业", trade_union: "工会", budget_unit: "预算单位" };
const ORDER_STATUS: Record<string, string> = {
  paid: "已付款",
  shipped: "已发货",
  received: "已收货",
  completed: "已完成",
  refund_requested: "退款中",
  refunded: "已退款",
  cancelled: "已取消",
  pending_payment: "待付款",
};
const JOB_KIND: Record<string, string> = { workshop_near_home: "车间就近就业", home_based: "居家就业", transfer_jinan: "转移到济南" };

function orders(range: DateRange): ExportSource {
  return {
    sheet: "订单 Orders",
    header: ["订单号", "付款时间", "状态", "采购方类型", "采购单位", "收货区县", "生产者", "生产者所在县市", "订单金额(元)", "退款(元)", "净额(元)", "认定产品金额(元)"],
    async *batches() {
      let cursor: { ts: string; id: string } | null = null;
      for (;;) {
        // The plain `paid_at >=` bound lets the paid_at index start at the cursor instead of rescanning from the range start.
        const after: SQL = cursor
          ? sql`and o.paid_at >= ${cursor.ts}::timestamptz and (o.paid_at, o.id) > (${cursor.ts}::timestamptz, ${cursor.id}::uuid)`
          : sql``;
        const rows = await query<{
          id: string;
          cur: string;
          order_no: string;
          paid: string;
          status: string;
          kind: string;
          buyer_org: string | null;
          district: string | null;
          seller: string;
          seller_county: string;
          total_fen: string;
          refunded_fen: string;
          certified: string | null;
        }>(sql`
          select o.id, ${CURSOR("o.paid_at")} as cur, o.order_no, ${CST("o.paid_at")} as paid, o.status,
            coalesce(b.kind::text, 'individual') as kind, b.name as buyer_org, d.name as district, s.name as seller,
            sr.name as seller_county, o.total_fen, o.refunded_fen,
            (select round(sum(${itemNet})) from order_items i where i.order_id = o.id and i.certified) as certified
          from orders o
          join organizations s on s.id = o.seller_org_id
          join regions sr on sr.code = s.region_code
          left join organizations b on b.id = o.buyer_org_id
          left join regions d on d.code = o.buyer_district_code
          where ${paidIn(range)} ${after}
          order by o.paid_at, o.id
          limit ${BATCH}`);
        if (!rows.length) return;
        yield rows.map((r) => [
          r.order_no,
          r.paid,
          ORDER_STATUS[r.status] ?? r.status,
          BUYER_KIND[r.kind] ?? r.kind,
          r.buyer_org,
          r.district,
          r.seller,
          r.seller_county,
          fen(r.total_fen),
          fen(r.refunded_fen),
          fen(Number(r.total_fen) - Number(r.refunded_fen)),
          fen(r.certified),
        ]);
        const last = rows[rows.length - 1]!;
        cursor = { ts: last.cur, id: last.id };
        if (rows.length < BATCH) return;
      }
    },
  };
}

function salesByCounty(range: DateRange): ExportSource {
  return {
    sheet: "按县市 By county",
    header: ["县市代码", "县市", "订单数", "销售净额(元)", "认定产品净额(元)"],
    async *batches() {
      const rows = await query<{ code: string; name: string; orders: string; fen: string; certified: string }>(sql`
        select r.code, r.name, count(distinct s.order_id) as orders, coalesce(round(sum(s.net)), 0) as fen,
          coalesce(round(sum(s.net) filter (where s.certified)), 0) as certified
        from regions r
        left join (select i.origin_code, i.order_id, i.certified, ${itemNet} as net from order_items i join orders o on o.id = i.order_id where ${paidIn(range)}) s
          on s.origin_code = r.code
        where r.kind = 'xiangxi_county' group by r.code, r.name, r.sort order by r.sort`);
      yield rows.map((r) => [r.code, r.name, Number(r.orders), fen(r.fen), fen(r.certified)]);
    },
  };
}

function salesByPair(range: DateRange): ExportSource {
  return {
    sheet: "按结对 By pairing",
    header: ["济南区县", "湘西县市", "订单数", "销售净额(元)", "认定产品净额(元)"],
    async *batches() {
      // A sale counts for a pairing when the buyer's Jinan district and the item's Xiangxi county are paired.
      const rows = await query<{ jinan: string; xiangxi: string; orders: string; fen: string; certified: string }>(sql`
        select j.name as jinan, x.name as xiangxi, count(distinct s.order_id) as orders, coalesce(round(sum(s.net)), 0) as fen,
          coalesce(round(sum(s.net) filter (where s.certified)), 0) as certified
        from region_pairings p
        join regions j on j.code = p.jinan_code
        join regions x on x.code = p.xiangxi_code
        left join (select o.buyer_district_code, i.origin_code, i.order_id, i.certified, ${itemNet} as net
                   from order_items i join orders o on o.id = i.order_id where ${paidIn(range)}) s
          on s.buyer_district_code = p.jinan_code and s.origin_code = p.xiangxi_code
        group by j.name, x.name, j.sort, x.sort order by x.sort, j.sort`);
      yield rows.map((r) => [r.jinan, r.xiangxi, Number(r.orders), fen(r.fen), fen(r.certified)]);
    },
  };
}

function hiresSource(range: DateRange): ExportSource {
  const yes = (v: boolean | null) => (v ? "是" : "否");
  return {
    sheet: "就业 Hires",
    header: ["入职日期", "求职者县市", "建档立卡", "就业方式", "用工单位", "岗位", "工作地点", "3个月稳岗确认", "6个月稳岗确认"],
    async *batches() {
      let cursor: { d: string; id: string } | null = null;
      for (;;) {
        const after: SQL = cursor ? sql`and h.start_date >= ${cursor.d}::date and (h.start_date, h.id) > (${cursor.d}::date, ${cursor.id}::uuid)` : sql``;
        const rows = await query<{ id: string; d: string; county: string; poor: boolean; kind: string; org: string; job: string; place: string; r3: boolean; r6: boolean }>(sql`
          select h.id, h.start_date::text as d, r.name as county, h.poor_labourer as poor, h.kind, g.name as org, j.title as job, h.place,
            exists (select 1 from retention_checkins rc where rc.hire_id = h.id and rc.month = 3 and ${CHECKIN_CONFIRMED}) as r3,
            exists (select 1 from retention_checkins rc where rc.hire_id = h.id and rc.month = 6 and ${CHECKIN_CONFIRMED}) as r6
          from hires h
          join organizations g on g.id = h.org_id
          join jobs j on j.id = h.job_id
          left join regions r on r.code = h.seeker_county_code
          where ${hiredIn(range)} ${after}
          order by h.start_date, h.id
          limit ${BATCH}`);
        if (!rows.length) return;
        yield rows.map((r) => [r.d, r.county, yes(r.poor), JOB_KIND[r.kind] ?? r.kind, r.org, r.job, r.place, yes(r.r3), yes(r.r6)]);
        const last = rows[rows.length - 1]!;
        cursor = { d: last.d, id: last.id };
        if (rows.length < BATCH) return;
      }
    },
  };
}

export function exportSource(kind: ExportKind, range: DateRange): ExportSource {
  switch (kind) {
    case "orders":
      return orders(range);
    case "sales-by-county":
      return salesByCounty(range);
    case "sales-by-pair":
      return salesByPair(range);
    case "hires":
      return hiresSource(range);
  }
}

