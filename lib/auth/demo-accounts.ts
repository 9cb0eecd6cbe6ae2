/**
 * The demo accounts shown on the sign-in page. The app knows demo data is present by its rows: the seed marks every
 * row it writes `is_demo` (db/seed.ts), and runs only in development or with XIANGJI_SEED_DEMO=1. A database without
 * those rows (production, or demo users disabled or deleted by the office) lists nothing, so no sign-in page ever
 * names an account that does not exist. The office's admin account is never listed.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed-data";
import type { Role } from "./roles";

/** In the order shown: one account per kind of user a visitor may want to try. */
const SHOWN = ["buyer@demo.xiangji.cn", "union@demo.xiangji.cn", "producer@demo.xiangji.cn", "workshop@demo.xiangji.cn", "employer@demo.xiangji.cn", "seeker@demo.xiangji.cn"];

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
}

export async function listDemoAccounts(): Promise<{ password: string; accounts: DemoAccount[] }> {
  const db = await getDb();
  const rows = await db
    .select({ email: users.email, name: users.name, roles: users.roles })
    .from(users)
    .where(and(eq(users.isDemo, true), eq(users.status, "active"), inArray(sql`lower(${users.email})`, SHOWN)));
  const accounts = rows
    .filter((r): r is DemoAccount => r.email !== null && !r.roles.includes("admin"))
    .sort((a, b) => SHOWN.indexOf(a.email.toLowerCase()) - SHOWN.indexOf(b.email.toLowerCase()));
  return { password: DEMO_PASSWORD, accounts };
}
