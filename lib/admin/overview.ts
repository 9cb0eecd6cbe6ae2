import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { chinaToday } from "./common";

export async function adminOverview(today = chinaToday()): Promise<{ pendingOrgs: number; expiringCerts: number; unverifiedPoor: number }> {
  const db = await getDb();
  const res = (await db.execute(sql`
    select
      (select count(*) from organizations where verification = 'pending') as pending,
      (select count(*) from products where certification_no is not null and certified_until between ${today}::date and ${today}::date + 90) as expiring,
      (select count(*) from seeker_profiles where poor_labourer and not poor_labourer_verified) as poor`)) as unknown as { rows: { pending: string; expiring: string; poor: string }[] };
  const r = res.rows[0];
  return { pendingOrgs: Number(r?.pending ?? 0), expiringCerts: Number(r?.expiring ?? 0), unverifiedPoor: Number(r?.poor ?? 0) };
}
