import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export interface ImpactCounters {
  salesFen: number;
  orders: number;
  households: number;
  hires: number;
  verifiedProducers: number;
}

/** Headline figures: paid orders (refunds subtracted), households brought along, hires. */
export async function getImpactCounters(): Promise<ImpactCounters> {
  const db = await getDb();
  const res = await db.execute<{ sales_fen: string; orders: string; households: string; hires: string; producers: string }>(sql`
    select
      (select coalesce(sum(total_fen - refunded_fen), 0) from orders where paid_at is not null) as sales_fen,
      (select count(*) from orders where paid_at is not null and status <> 'refunded') as orders,
      (select coalesce(sum(households_supported), 0) from organizations where type in ('producer','workshop') and verification = 'verified') as households,
      (select count(*) from hires) as hires,
      (select count(*) from organizations where type in ('producer','workshop') and verification = 'verified') as producers
  `);
  const r = res.rows[0]!;
  return { salesFen: Number(r.sales_fen), orders: Number(r.orders), households: Number(r.households), hires: Number(r.hires), verifiedProducers: Number(r.producers) };
}
